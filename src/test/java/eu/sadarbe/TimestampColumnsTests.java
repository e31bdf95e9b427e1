package eu.sadarbe;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 16: every time is stored as an instant ({@code TIMESTAMP WITH TIME ZONE}), and the V200 migrations turned
 * the plain {@code TIMESTAMP} columns into such without moving any value: times the nodes wrote in their own zone,
 * and Brussels deadlines read in Brussels.
 */
@SadarbeTest
@BothDatabases   // the migrations' column types, as each database reports them
class TimestampColumnsTests {

    /**
     * ShedLock's own table, as ShedLock documents it: with {@code usingDbTime()} it writes and compares its times as
     * the database's UTC wall-clock, the same on every node. (Flyway's history tables are Flyway's and left out.)
     */
    private static final List<String> SHEDLOCK = List.of("shedlock.lock_until", "shedlock.locked_at");

    /** The modules the V200 migrations changed, in dependency order, with their last migration before V200. */
    private static final Map<String, String> BEFORE_V200 = new LinkedHashMap<>();

    static {
        BEFORE_V200.put("calls", "70");
        BEFORE_V200.put("submission", "90");
        BEFORE_V200.put("assessment", "11");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void noTimestampColumnIsLeftWithoutATimeZone() {
        List<String> plain = jdbc.sql("""
                        SELECT LOWER(table_name) || '.' || LOWER(column_name) FROM information_schema.columns
                        WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) NOT LIKE 'flyway_schema_history%'
                          AND LOWER(data_type) IN ('timestamp', 'timestamp without time zone')
                        ORDER BY 1""")
                .query(String.class).list();

        assertThat(plain).containsExactlyInAnyOrderElementsOf(SHEDLOCK);
    }

    @Test
    void theMigrationKeepsEveryInstantAndReadsDeadlinesInBrussels() throws Exception {
        TimeZone before = TimeZone.getDefault();
        // A node far from Brussels and UTC: what it wrote in its own zone must come out as the same instant
        TimeZone.setDefault(TimeZone.getTimeZone("America/Sao_Paulo"));
        forgetTheZoneH2Keeps();
        try (Scratch scratch = Scratch.create()) {
            // Each module's schema as it was before its V200 migration
            for (Map.Entry<String, String> module : BEFORE_V200.entrySet()) {
                flyway(scratch.url(), module.getKey(), module.getValue()).migrate();
            }
            Instant checkedAt = Instant.parse("2020-04-02T09:15:30.123Z");
            Instant relationAt = Instant.parse("2020-07-01T23:30:00Z");
            UUID round = UUID.randomUUID();
            UUID extension = UUID.randomUUID();
            UUID application = UUID.randomUUID();
            UUID expert = UUID.randomUUID();
            try (Connection connection = DriverManager.getConnection(scratch.url(), scratch.user(), "")) {
                JdbcClient old = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                // As the code before issue 16 wrote them: deadlines as Brussels wall-clock times, the rest in the
                // node's zone through java.sql.Timestamp
                old.sql("""
                                INSERT INTO call_round (id, call_year, round_number, deadline_brussels,
                                    extended_deadline_brussels, created_at, created_by)
                                VALUES (?, 2020, 1, ?, ?, CURRENT_TIMESTAMP, 'test')""")
                        .params(round, Timestamp.valueOf(LocalDateTime.parse("2020-03-24T12:00")),
                                Timestamp.valueOf(LocalDateTime.parse("2020-04-23T12:00"))).update();
                old.sql("""
                                INSERT INTO submission_extension (id, application_id, national_agency_code,
                                    deadline_brussels, reason, granted_by, granted_by_email, granted_at)
                                VALUES (?, ?, 'LV01', ?, 'test', ?, 'officer@example.org', CURRENT_TIMESTAMP)""")
                        .params(extension, application, Timestamp.valueOf(LocalDateTime.parse("2020-10-30T12:00")),
                                UUID.randomUUID()).update();
                old.sql("""
                                INSERT INTO assessment_assessable (application_id, submission_id, application_number,
                                    national_agency_code, call_year, round_number, action_type, language_code,
                                    consortium_oids, requested_grant, eligible, checked_at)
                                VALUES (?, ?, 'N', 'LV01', 2020, 1, 'KA201', 'lv', '', 1, TRUE, ?)""")
                        .params(application, UUID.randomUUID(), Timestamp.from(checkedAt)).update();
                old.sql("""
                                INSERT INTO assessment_expert (account_id, email, display_name, national_agency_code,
                                    fields, languages, country_code) VALUES (?, 'e@example.org', 'E', 'LV01', '', '', 'LV')""")
                        .param(expert).update();
                old.sql("""
                                INSERT INTO assessment_expert_relation (id, expert_id, organisation_oid, note,
                                    recorded_by, recorded_at) VALUES (?, ?, 'E10000001', 'n', 'o', ?)""")
                        .params(UUID.randomUUID(), expert, Timestamp.from(relationAt)).update();
            }

            for (String module : BEFORE_V200.keySet()) {
                flyway(scratch.url(), module, "latest").migrate();
            }

            try (Connection connection = DriverManager.getConnection(scratch.url(), scratch.user(), "")) {
                JdbcClient now = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                assertThat(instant(now, "SELECT deadline_brussels FROM call_round")).as("CET, winter")
                        .isEqualTo(Instant.parse("2020-03-24T11:00:00Z"));
                assertThat(instant(now, "SELECT extended_deadline_brussels FROM call_round")).as("CEST, summer")
                        .isEqualTo(Instant.parse("2020-04-23T10:00:00Z"));
                assertThat(instant(now, "SELECT deadline_brussels FROM submission_extension"))
                        .isEqualTo(Instant.parse("2020-10-30T11:00:00Z"));
                assertThat(instant(now, "SELECT checked_at FROM assessment_assessable")).isEqualTo(checkedAt);
                assertThat(instant(now, "SELECT recorded_at FROM assessment_expert_relation")).isEqualTo(relationAt);
            }
        } finally {
            TimeZone.setDefault(before);
            forgetTheZoneH2Keeps();
        }
    }

    /** H2 reads the JVM's zone once and keeps it (the PostgreSQL driver reads it for every new connection). */
    private static void forgetTheZoneH2Keeps() throws ReflectiveOperationException {
        if (!TestDatabase.isPostgres()) {
            Class.forName("org.h2.util.DateTimeUtils").getMethod("resetCalendar").invoke(null);
        }
    }

    private static Instant instant(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(OffsetDateTime.class).single().toInstant();
    }

    private static Flyway flyway(String url, String module, String target) {
        return Flyway.configure()
                .dataSource(url, TestDatabase.isPostgres() ? "postgres" : "sa", "")
                .locations("classpath:db/migration/" + module)
                .table("flyway_history_" + module)
                .baselineOnMigrate(true).baselineVersion("0")
                .target(target)
                .placeholders(Map.of("large_binary", TestDatabase.isPostgres() ? "BYTEA" : "BINARY LARGE OBJECT"))
                .load();
    }

    /** A database of its own, on the same kind of server as this test execution's, dropped afterwards. */
    private record Scratch(String url, String user, String drop) implements AutoCloseable {

        static Scratch create() throws Exception {
            String name = "sadarbe_tz_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            if (!TestDatabase.isPostgres()) {
                return new Scratch("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
                        "sa", "SHUTDOWN");
            }
            String url = System.getProperty("spring.datasource.url");
            String server = url.substring(0, url.lastIndexOf('/') + 1);
            try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                 Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE " + name);
            }
            return new Scratch(server + name, "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        @Override
        public void close() throws Exception {
            if (TestDatabase.isPostgres()) {
                String server = url.substring(0, url.lastIndexOf('/') + 1);
                try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                     Statement sql = admin.createStatement()) {
                    sql.execute(drop);
                }
            } else {
                try (Connection connection = DriverManager.getConnection(url, user, "");
                     Statement sql = connection.createStatement()) {
                    sql.execute(drop);
                }
            }
        }
    }
}
