package eu.sadarbe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full Sadarbe on a random port with the demo data, on the database of this test execution (H2 or
 * PostgreSQL). Every test class with this annotation shares one application context.
 * <p>
 * Tagged {@code database}: {@code DatabaseSuite} runs these once, on PostgreSQL where it is reachable; {@code H2Suite}
 * runs them on H2 as well where the code differs per database ({@link BothDatabases}), and instead where the test is
 * about H2 itself or its outcome does not depend on the database ({@code h2-only}). Browser tests (tag
 * {@code browser}) run once, on H2.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(TestDatabase.class)
@SpringBootTest(classes = Sadarbe.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public @interface SadarbeTest {
}
