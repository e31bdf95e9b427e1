package eu.sadarbe.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.calls.CallRounds;

/**
 * Submitting exactly once per idempotency key, raced: fifty parallel requests on the whole application, whose
 * connection pool is the production one (a module test's holds four connections). The rest of submitting — retries,
 * digests, numbers, who sees what, extensions — is {@link SubmittingTests}', a module test of submission.
 */
@SubmissionTest
class SubmissionDeskTests {

    static final LocalDateTime DEADLINE = LocalDateTime.of(2020, 12, 1, 12, 0);
    static final LocalDateTime BEFORE = LocalDateTime.of(2020, 6, 1, 10, 0);

    @Autowired
    SubmissionDesk desk;

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    AccountRegister accounts;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void leavesExactlyOneSubmissionAfterFiftyParallelRequestsWithTheSameKey() throws Exception {
        SubmissionFixtures fixtures = new SubmissionFixtures(rounds, drafting, accounts, clock);
        ApplicationSummary draft = fixtures.draft(fixtures.round(8, DEADLINE), BEFORE);
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        Callable<SubmissionSummary> click = () -> {
            start.await();
            return desk.submit(draft.id(), OptionalLong.empty(), key, fixtures.person(SubmissionFixtures.ANNA));
        };
        ExecutorService threads = Executors.newFixedThreadPool(50);
        try {
            List<Future<SubmissionSummary>> answers = IntStream.range(0, 50)
                    .mapToObj(i -> threads.submit(click)).toList();
            start.countDown();
            Set<UUID> ids = new java.util.HashSet<>();
            for (Future<SubmissionSummary> answer : answers) {
                ids.add(answer.get().id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE application_id = ?")
                .param(draft.id().value()).query(Integer.class).single()).isOne();
    }
}
