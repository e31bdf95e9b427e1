package eu.sadarbe.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.FormalCheckCompleted;

/**
 * Two events about one application handled at the same time (two listener threads, or two nodes): the second
 * waits for the first one's row and updates it, instead of failing on the key as "update, else insert" did —
 * the CI log showed that DuplicateKeyException from the selection's listener.
 */
@SadarbeTest
class CandidatesRaceTests {

    @Autowired
    CandidateRepository candidates;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anEventHandledWhileAnotherInsertsTheCandidateUpdatesItInstead() throws Exception {
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        UUID submission = UUID.randomUUID();
        Instant at = Instant.parse("2020-06-01T10:00:00Z");
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            candidates.formallyChecked(new FormalCheckCompleted(id, submission, "2020-1-LV01-KA202-000901", "LV01",
                    2020, 1, "KA202", false, "Not signed", List.of("R-ELIG-10"), UUID.randomUUID(), at));
            inserted.countDown();
            await(release);
        }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        boolean h2 = !product().contains("PostgreSQL");
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            if (h2) {
                // H2 gives up a wait for another transaction's key after about two seconds; the first transaction
                // commits only once this one is seen waiting, which a busy machine may take longer to see.
                jdbc.sql("SET LOCK_TIMEOUT 30000").update();
            }
            candidates.assessed(new AssessmentCompleted(id, submission, "2020-1-LV01-KA202-000901", "LV01", 2020,
                    1, "KA202", List.of(new CriterionScore("relevance", 25, 30, List.of()),
                    new CriterionScore("impact", 20, 30, List.of())), 80, true, new BigDecimal("100000.00"),
                    new BigDecimal("90000.00"), UUID.randomUUID(), at.plusSeconds(60)));
        }));
        try {
            awaitBlockedInsert(h2, second);   // the second now waits for the first one's uncommitted row: the race
        } finally {
            release.countDown();
        }
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        if (h2) {
            // The pool gets fresh sessions, with H2's own lock timeout, for the tests that follow.
            ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        }

        Candidate candidate = candidates.find(id).orElseThrow();
        assertThat(candidate.assessed()).isTrue();
        assertThat(candidate.total()).isEqualTo(80);
        assertThat(candidate.formallyEligible()).isTrue();
    }

    /**
     * Until the second event's insert waits for the first one's uncommitted row, at most 30 s; only then is the first
     * released. On PostgreSQL the insert's backend waits for a lock ({@code pg_stat_activity}). H2 names no blocker
     * for a wait on a unique key that another transaction holds, but an insert of that key that is still running
     * ({@code INFORMATION_SCHEMA.SESSIONS}) is waiting: it cannot end before the first transaction does.
     */
    private void awaitBlockedInsert(boolean h2, CompletableFuture<Void> second) throws Exception {
        String waiting = h2
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                        + " WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO selection_candidate%'"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND query LIKE 'INSERT INTO selection_candidate%'";
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql(waiting).query(Long.class).single() == 0) {
            if (second.isDone()) {
                second.get();   // its failure, if it failed
            }
            assertThat(second).as("the second event waits for the first one's row").isNotDone();
            assertThat(System.nanoTime()).as("the second event waits for the first one's row").isLessThan(until);
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
