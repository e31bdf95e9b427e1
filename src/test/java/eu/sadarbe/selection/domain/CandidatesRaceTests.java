package eu.sadarbe.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import javax.sql.DataSource;

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
    Candidates candidates;

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
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status ->
                candidates.assessed(new AssessmentCompleted(id, submission, "2020-1-LV01-KA202-000901", "LV01", 2020,
                        1, "KA202", List.of(new CriterionScore("relevance", 25, 30, List.of()),
                        new CriterionScore("impact", 20, 30, List.of())), 80, true, new BigDecimal("100000.00"),
                        new BigDecimal("90000.00"), UUID.randomUUID(), at.plusSeconds(60)))));
        awaitBlockedSession();   // the second now waits for the first one's uncommitted row
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        Candidate candidate = candidates.find(id).orElseThrow();
        assertThat(candidate.assessed()).isTrue();
        assertThat(candidate.total()).isEqualTo(80);
        assertThat(candidate.formallyEligible()).isTrue();
    }

    /**
     * PostgreSQL: until a session waits for a lock (pg_locks), at most 30 s — the race for certain. H2 shows no
     * blocker for a wait on another transaction's row, and gives up such a wait after its lock timeout (1 s), so
     * there the second event gets 300 ms to reach the first one's row: the race as a rule, not for certain.
     */
    private void awaitBlockedSession() throws Exception {
        if (!product().contains("PostgreSQL")) {
            Thread.sleep(300);
            return;
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("SELECT COUNT(*) FROM pg_locks WHERE NOT granted").query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("the second event waits for the first one's row").isLessThan(until);
            Thread.sleep(20);
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
