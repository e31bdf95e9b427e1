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
 * Runs the suite against the database the build chose: H2 in memory, or (second Surefire execution) the local
 * PostgreSQL server, in a database created afresh once per run. Without a reachable PostgreSQL the PostgreSQL
 * execution is skipped with a visible message — unless {@code sadarbe.test.postgres.required} is true (as in
 * {@code .ci/run}), when it fails.
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

    private static ConditionEvaluationResult preparePostgres() {
        String url = System.getProperty("spring.datasource.url");
        String database = url.substring(url.lastIndexOf('/') + 1);
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(server, "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
            System.out.println("[sadarbe] PostgreSQL suite: running against a fresh database " + url);
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
        } catch (SQLException unreachable) {
            String message = "PostgreSQL is not reachable at " + server + " (" + unreachable.getMessage() + ")";
            if (Boolean.getBoolean("sadarbe.test.postgres.required")) {
                throw new ExtensionConfigurationException(message + "; the PostgreSQL suite is required here.");
            }
            System.err.println();
            System.err.println("[sadarbe] WARNING: " + message + ". The PostgreSQL suite is SKIPPED.");
            System.err.println("[sadarbe] Start PostgreSQL or run .ci/run to make it required.");
            System.err.println();
            return ConditionEvaluationResult.disabled(message + " — PostgreSQL suite skipped");
        }
    }
}
