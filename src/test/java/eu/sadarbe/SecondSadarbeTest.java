package eu.sadarbe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A second full Sadarbe with the demo data, on an H2 database of its own, for half of the browser tests (issue #14:
 * `.ci/run` under 8 minutes). A browser test spends much of its time waiting for Chromium while the server is idle,
 * and the other way round; with two Sadarbes, each driven by its own Chromium, the classes of this one run beside
 * those of {@link SadarbeTest} on two threads, and neither sees the other's changes to the demo data. Every class
 * with this annotation shares this one context and runs after the other (the {@code ResourceLock}).
 * <p>
 * Browser tests only (tag {@code browser}): they run in the H2 execution alone, so this database is always H2.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ResourceLock(SecondSadarbeTest.DATABASE)
@SpringBootTest(classes = Sadarbe.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestPropertySource(properties = "spring.datasource.url=" + SecondSadarbeTest.URL)
public @interface SecondSadarbeTest {

    String DATABASE = "sadarbe-second-database";
    String URL = "jdbc:h2:mem:second;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
}
