package eu.sadarbe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the tests against the database of their JVM: H2 in memory, or (in {@link eu.sadarbe.suites.DatabaseSuite}'s
 * JVM, or with {@code -Dsadarbe.test.database=postgres}) the local PostgreSQL server, in a database created afresh
 * once per run, which this then makes the JVM's {@code spring.datasource.*} before any context starts. Without a
 * reachable PostgreSQL those tests run on H2 in memory instead, with a visible warning — unless
 * {@code sadarbe.test.postgres.required} is true (as in {@code .ci/run}), when they fail.
 */
public class TestDatabase implements ExecutionCondition {

    private static final AtomicReference<ConditionEvaluationResult> PREPARED = new AtomicReference<>();

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("sadarbe.test.database"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!isPostgres()) {
            return ConditionEvaluationResult.enabled("H2 in memory");
        }
        synchronized (PREPARED) {
            if (PREPARED.get() == null) {
                PREPARED.set(preparePostgres());
            }
            return PREPARED.get();
        }
    }

    /** This JVM's tests run on PostgreSQL (called before any of them starts). */
    public static void usePostgres() {
        System.setProperty("sadarbe.test.database", "postgres");
    }

    private static ConditionEvaluationResult preparePostgres() {
        String url = System.getProperty("sadarbe.test.postgres.url");
        String database = url.substring(url.lastIndexOf('/') + 1);
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(server, "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException unreachable) {
            String message = "PostgreSQL is not reachable at " + server + " (" + unreachable.getMessage() + ")";
            if (Boolean.getBoolean("sadarbe.test.postgres.required")) {
                throw new ExtensionConfigurationException(message + "; the database tests must run on PostgreSQL here.");
            }
            System.setProperty("sadarbe.test.database", "h2");
            System.err.println();
            System.err.println("[sadarbe] WARNING: " + message + ". The database tests run on H2 in memory INSTEAD.");
            System.err.println("[sadarbe] Start PostgreSQL or run .ci/run to make it required.");
            System.err.println();
            return ConditionEvaluationResult.enabled(message + " — on H2 instead");
        }
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "");
        System.out.println("[sadarbe] Database suite: running against a fresh PostgreSQL database " + url);
        return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
    }
}
