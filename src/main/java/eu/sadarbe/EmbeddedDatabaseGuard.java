package eu.sadarbe;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Issue 16: started without a profile, Sadarbe would keep real data in the embedded H2 file database under
 * {@code ./data}, which is for trying Sadarbe out. It refuses, before anything opens that file, and says how to
 * choose: the {@code postgres} profile, the {@code demo} profile, or {@code sadarbe.h2.allow-file-database=true}.
 * Registered in {@code META-INF/spring.factories}, so that it runs however Sadarbe is started.
 */
public class EmbeddedDatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        boolean allowed = Binder.get(environment)
                .bind("sadarbe.h2.allow-file-database", Boolean.class).orElse(false);
        if (environment.getActiveProfiles().length == 0 && h2File && !allowed) {
            throw new EmbeddedDatabaseNotChosen(url);
        }
    }

    /** Thrown when no profile was chosen and the data would go to an H2 file. */
    public static class EmbeddedDatabaseNotChosen extends IllegalStateException {

        EmbeddedDatabaseNotChosen(String url) {
            super("Started without a profile, Sadarbe would keep its data in the embedded H2 database " + url);
        }
    }

    /** Prints the choice instead of a stack trace. */
    public static class Analyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseNotChosen> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseNotChosen cause) {
            return new FailureAnalysis(cause.getMessage() + ", which is meant for trying Sadarbe out, not for real"
                    + " applications.", String.join(System.lineSeparator(), Arrays.asList(
                    "Choose how Sadarbe should run:",
                    "  - production, on PostgreSQL: SPRING_PROFILES_ACTIVE=postgres with SADARBE_DB_URL, SADARBE_DB_USER"
                            + " and SADARBE_DB_PASSWORD (README, \"Running on PostgreSQL\");",
                    "  - a demo with demo users and data on H2: --spring.profiles.active=demo"
                            + " (what ./mvnw spring-boot:run does);",
                    "  - your own data on the H2 file anyway: --sadarbe.h2.allow-file-database=true"
                            + " (or SADARBE_H2_ALLOW_FILE_DATABASE=true).")), cause);
        }
    }
}
