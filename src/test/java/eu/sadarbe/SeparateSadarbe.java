package eu.sadarbe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A second full Sadarbe with the demo data, for the few tests that cannot run on the shared one of
 * {@link SadarbeTest}; every subclass shares this one application context (issue #14: each context costs a start
 * with migrations and demo data). It differs in two ways only:
 * <ul>
 * <li>a database of its own, H2 or PostgreSQL as the run chose, which no other context's pool touches: what the fuzz
 * test's accepted changes do stays out of the other tests' way, and retiring this pool's connections retires every
 * session of the database;</li>
 * <li>the only trusted proxy is 10.9.8.7, so that requests from this machine are an ordinary client's and their
 * forwarded headers are ignored (nothing else here goes through Tomcat's forwarded-header handling).</li>
 * </ul>
 */
@SadarbeTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=10[.]9[.]8[.]7")
public abstract class SeparateSadarbe {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry properties) throws SQLException {
        if (!TestDatabase.isPostgres()) {
            properties.add("spring.datasource.url",
                    () -> "jdbc:h2:mem:separate;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH");
            return;
        }
        String url = System.getProperty("spring.datasource.url") + "_separate";
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(server, "postgres", "");
             Statement sql = admin.createStatement()) {
            String database = url.substring(url.lastIndexOf('/') + 1);
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
        properties.add("spring.datasource.url", () -> url);
    }
}
