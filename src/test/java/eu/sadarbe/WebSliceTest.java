package eu.sadarbe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A slice of Sadarbe's web layer (Spring Boot's {@link WebMvcTest}): the named controllers with the real advices,
 * message bundles, templates and formats of every page, and the real collaborators the test class imports with
 * {@code @Import}, on the database of this test execution — no demo data, no other module's beans, no mocks. A slice
 * test (issue #14, item 8): pages, fragments, form errors and API answers of one controller, started in a second or
 * two.
 * <p>
 * Left out: the security filter chain, which needs the accounts module and is tested on the whole application
 * (sign-in, roles, CSRF, sessions), so requests reach the controller without signing in, and a signed-in person is
 * the request's principal ({@code request.setUserPrincipal}: {@code .with(user(…))} reaches neither an
 * {@code Authentication} parameter nor {@code sec:authorize} in a template); and
 * {@code LanguagePreference}, which keeps a signed-in person's language on their account. A small connection pool,
 * emptied once the context is idle, because each slice's context stays in the test context cache beside the others
 * (as {@link ModuleTest}'s).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(TestDatabase.class)
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "eu\\.sadarbe\\.accounts\\.web\\.LanguagePreference"))
@AutoConfigureMockMvc(addFilters = false)
@AutoConfigureJdbc
@Import(WebSlice.class)
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.minimum-idle=0",
        "spring.datasource.hikari.idle-timeout=10000"})
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /** Components to scan into the slice beside the controllers, where a class cannot be imported by name. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "includeFilters")
    ComponentScan.Filter[] includeFilters() default {};
}
