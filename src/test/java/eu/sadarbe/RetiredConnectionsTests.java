package eu.sadarbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #12: an embedded database "closed itself" 25–31 minutes after a fresh start. H2 2.4.240 compiled each
 * {@code CHECK (column IN (...))} with the session that ran the migration as its comparator; when the pool
 * retired that connection (Hikari's 30-minute max-lifetime) every write to such a table failed with "Check
 * constraint invalid" caused by "The database has been closed" (h2database#4302), while reads went on working.
 * Retiring every pooled connection here stands in for those 30 minutes; every such CHECK must still be evaluated.
 * <p>
 * The embedded database only (PostgreSQL has no such sessions to lose: tag {@code h2-only}), and one that no other
 * pool touches ({@link SeparateSadarbe}): in the shared in-memory database another test context's pool may hold the
 * session that migrated, so retiring this pool's connections would prove nothing, and would wait for ever on the
 * other pool's sessions.
 */
@Tag("h2-only")
class RetiredConnectionsTests extends SeparateSadarbe {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSchemaStillHasTheChecksThisTestExercises() {
        // If a table below is dropped or renamed, the parameterised test must follow it, not silently pass.
        assertThat(jdbc.sql("SELECT count(*) FROM account_role").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM application_draft").query(Long.class).single()).isPositive();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "account_role, role",
            "application_draft, status",
            "application_member, access_level",
            "organisation, status",
            "country_participation, participation",
            "rule_figure, status",
            "rule_distance_band, purpose",
    })
    void checkConstraintsHoldAfterThePoolRetiredTheConnectionThatMigrated(String table, String column) {
        retireEveryPooledConnection();
        // An update of one row to its own value evaluates the column's CHECK; rolled back, so nothing changes.
        assertThatCode(() -> transactions.executeWithoutResult(status -> {
            List<Object> one = jdbc.sql("SELECT " + column + " FROM " + table + " FETCH FIRST 1 ROWS ONLY")
                    .query((row, number) -> row.getObject(1)).list();
            if (!one.isEmpty()) {
                jdbc.sql("UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")
                        .params(one.get(0), one.get(0)).update();
            }
            status.setRollbackOnly();
        })).doesNotThrowAnyException();
    }

    /**
     * What Hikari does to each connection after max-lifetime: closes it (on its own thread) and opens a new one.
     * Waits until no database session older than the eviction is left.
     */
    private void retireEveryPooledConnection() {
        Timestamp evicted = jdbc.sql("SELECT CURRENT_TIMESTAMP").query(Timestamp.class).single();
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        String older = "SELECT count(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_START < ?";
        // A connection in use is retired when it is given back; on a busy machine the demo data's listeners (grants,
        // payments, reports, one after the other after start-up) may hold theirs for a while.
        await().atMost(Duration.ofSeconds(120))
                .until(() -> jdbc.sql(older).param(evicted).query(Long.class).single() == 0);
    }
}
