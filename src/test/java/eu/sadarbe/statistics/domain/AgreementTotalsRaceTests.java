package eu.sadarbe.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.applications.ApplicationId;

/**
 * Two schools' grant agreements of one KA229 project entering into force at the same time (two listener threads, or
 * two nodes): the project's contracted total is the sum of both. Each listener summed the agreements it could see
 * into the application's row; the second one, waiting for the first one's row lock, summed without the first
 * agreement and wrote its total over the first one's — the CI run of stop 25 showed 95,000 EUR instead of 140,000
 * in {@code StatisticsIntakeTests}. The race is made certain: the first transaction commits only once the second is
 * seen waiting for it.
 */
@SadarbeTest
class AgreementTotalsRaceTests {

    @Autowired
    StatisticsRepository statistics;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void twoAgreementsOfOneProjectEnteringIntoForceTogetherAreBothCounted() throws Exception {
        ApplicationId project = new ApplicationId(UUID.randomUUID());
        statistics.ensure(project, "2019-1-ZR01-KA229-" + project.value().toString().substring(0, 6), "ZR01", 2019,
                1, "KA229", "SCHOOL_EDUCATION");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            statistics.agreement(UUID.randomUUID(), project, new BigDecimal("45000.00"), LocalDate.of(2019, 8, 20));
            written.countDown();
            await(release);
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        boolean h2 = !product().contains("PostgreSQL");
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            if (h2) {
                jdbc.sql("SET LOCK_TIMEOUT 30000").update();   // H2's own gives up after about two seconds
            }
            statistics.agreement(UUID.randomUUID(), project, new BigDecimal("50000.00"), LocalDate.of(2019, 8, 21));
        }));
        try {
            awaitWaiting(h2, second);
        } finally {
            release.countDown();
        }
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        if (h2) {
            ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        }

        assertThat(jdbc.sql("SELECT contracted_total FROM statistics_application WHERE application_id = ?")
                .param(project.value()).query(BigDecimal.class).single())
                .isEqualByComparingTo("95000");
    }

    /** Until the second transaction waits for the first one's lock on the application's row, at most 30 s. */
    private void awaitWaiting(boolean h2, CompletableFuture<Void> second) throws Exception {
        String waiting = h2
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                        + " WHERE EXECUTING_STATEMENT LIKE 'UPDATE statistics_application%'"
                        + " OR EXECUTING_STATEMENT LIKE 'SELECT application_id FROM statistics_application%'"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND query LIKE '%statistics_application%' AND pid <> pg_backend_pid()";
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql(waiting).query(Long.class).single() == 0) {
            if (second.isDone()) {
                second.get();
            }
            assertThat(second).as("the second agreement waits for the first one's transaction").isNotDone();
            assertThat(System.nanoTime()).as("the second agreement waits for the first one's transaction")
                    .isLessThan(until);
            Thread.sleep(5);
        }
    }

    private String product() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
