package eu.sadarbe.accounts.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.submission.SettableClock;

/**
 * Issue #15: once the record retention period has passed since a retained row was made, the job replaces the names
 * and e-mail addresses in it; younger rows keep them; a second run changes nothing. With the clock of the test, on
 * an H2 database holding the retained tables' time and person columns (their shape in the real schema is checked by
 * {@code PersonalDataTests}).
 */
class RecordRetentionTests {

    static final Instant NOW = Instant.parse("2036-05-04T10:00:00Z");

    final SettableClock clock = new SettableClock();
    JdbcClient jdbc;
    RecordRetention retention;

    @BeforeEach
    void tables() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:retention-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        jdbc = JdbcClient.create(database);
        // A table may be listed more than once (one entry per time column that starts its retention).
        java.util.Map<String, java.util.Set<String>> tables = new java.util.LinkedHashMap<>();
        for (RecordRetention.Retained retained : RecordRetention.RETAINED) {
            java.util.Set<String> columns = tables.computeIfAbsent(retained.table(),
                    table -> new java.util.LinkedHashSet<>());
            columns.add(retained.madeAt() + " TIMESTAMP WITH TIME ZONE");
            retained.columns().forEach(column -> columns.add(column + " VARCHAR(254)"));
        }
        tables.forEach((table, columns) -> jdbc.sql("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, "
                + String.join(", ", columns) + ")").update());
        clock.set(NOW);
        retention = new RecordRetention(jdbc, clock, new PrivacySettings(null, null, null, null, null, null,
                Period.ofYears(10), null), java.util.List.of());
    }

    @Test
    void namesAndAddressesGoFromRowsOlderThanTheRetentionPeriodOnly() {
        insert("submission", 1, NOW.minus(Period.ofDays(3660)), "anna@example.lv");
        insert("submission", 2, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC).minusYears(10).plusDays(1).toInstant(),
                "peteris@example.lv");
        insert("application_change", 1, NOW.minus(Period.ofDays(4000)), "Anna Bērziņa");
        insert("selection_decision", 1, NOW.minus(Period.ofDays(4000)), "ilze@example.lv");
        insert("account_security_event", 1, NOW.minus(Period.ofDays(4000)), null);
        insert("account_security_event", 2, NOW.minus(Period.ofDays(4000)), "admin@example.lv");

        assertThat(retention.endRetention()).isEqualTo(4);

        assertThat(column("submission", "submitter_email")).containsExactly(
                Map.entry(1, RecordRetention.ANONYMOUS_EMAIL), Map.entry(2, "peteris@example.lv"));
        assertThat(column("application_change", "changed_by_name"))
                .containsExactly(Map.entry(1, RecordRetention.ANONYMOUS_NAME));
        assertThat(column("selection_decision", "decided_by_email"))
                .containsExactly(Map.entry(1, RecordRetention.ANONYMOUS_EMAIL));
        assertThat(jdbc.sql("SELECT email FROM account_security_event ORDER BY id").query(String.class).list())
                .containsExactly(null, RecordRetention.ANONYMOUS_EMAIL);

        assertThat(retention.endRetention()).as("a second run").isZero();

        clock.set(NOW.plus(Period.ofDays(2)));
        assertThat(retention.endRetention()).as("two days on, the younger submission's time is up").isEqualTo(1);
        assertThat(column("submission", "submitter_email")).containsExactly(
                Map.entry(1, RecordRetention.ANONYMOUS_EMAIL), Map.entry(2, RecordRetention.ANONYMOUS_EMAIL));
    }

    @Test
    void theRetentionIsASetting() {
        insert("assessment_audit", 1, NOW.minus(Period.ofDays(400)), "expert@example.lv");
        assertThat(retention.endRetention()).isZero();
        RecordRetention oneYear = new RecordRetention(jdbc, clock, new PrivacySettings(null, null, null, null, null,
                null, Period.ofYears(1), null), java.util.List.of());
        assertThat(oneYear.endRetention()).isEqualTo(1);
        assertThat(column("assessment_audit", "actor_email"))
                .containsExactly(Map.entry(1, RecordRetention.ANONYMOUS_EMAIL));
    }

    private void insert(String table, int id, Instant madeAt, String person) {
        RecordRetention.Retained retained = RecordRetention.RETAINED.stream()
                .filter(candidate -> candidate.table().equals(table)).findFirst().orElseThrow();
        String column = retained.columns().findFirst().orElseThrow();
        jdbc.sql("INSERT INTO " + table + " (id, " + retained.madeAt() + ", " + column + ") VALUES (?, ?, ?)")
                .params(id, OffsetDateTime.ofInstant(madeAt, ZoneOffset.UTC), person).update();
    }

    private List<Map.Entry<Integer, String>> column(String table, String column) {
        return jdbc.sql("SELECT id, " + column + " FROM " + table + " ORDER BY id")
                .query((row, number) -> Map.entry(row.getInt(1), row.getString(2))).list();
    }
}
