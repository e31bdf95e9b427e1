package eu.sadarbe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * One application module of Sadarbe with what it depends on, without the demo data and without the other modules'
 * beans (Spring Modulith's {@link ApplicationModuleTest}), on the database of this test execution: a module test
 * (issue #14, item 8). Its events are tested with Modulith's {@code Scenario}.
 * <p>
 * The database is the whole application's: every module's migrations run, in the order of the module dependencies
 * ({@link ModuleTestSchema}), because the tables of one module refer to another's (an application draft to its
 * account) whether or not that module's beans are started. A small connection pool that closes its connections
 * once the context has been idle for ten seconds: each module's context stays in the test context cache beside the
 * others, and thirty contexts holding connections they no longer use exhausted PostgreSQL's hundred. The events other contexts left incomplete in the same
 * database are theirs: a module test does not republish them when it starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(TestDatabase.class)
@ApplicationModuleTest
@Import(ModuleTestSchema.class)
@TestPropertySource(properties = {
        "spring.modulith.runtime.flyway-enabled=false",
        "spring.modulith.events.republish-outstanding-events-on-restart=false",
        "spring.datasource.hikari.maximum-pool-size=4",
        "spring.datasource.hikari.minimum-idle=0",
        "spring.datasource.hikari.idle-timeout=10000"})
public @interface ModuleTest {

    /** Which other modules start with this one: its direct dependencies unless a test needs more. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;

    /** Further modules to start, by name. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};
}
