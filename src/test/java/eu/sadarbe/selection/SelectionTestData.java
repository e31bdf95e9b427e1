package eu.sadarbe.selection;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * Applications for selection tests: Anna Bērziņa submits real KA202 applications to LV01 (officer Ilze Ozola) in the
 * open demo round, then the tests publish the real assessment events in a
 * transaction, as the assessment module does, and wait until selection has taken them in.
 */
public final class SelectionTestData {

    private static final String OF_THE_RANKING = "SELECT application_id FROM selection_candidate "
            + "WHERE national_agency_code = 'LV01' AND call_year = 2020 AND round_number = 3 AND action_type = 'KA202'";

    private final CallRounds rounds;
    private final DraftDesk drafting;
    private final SubmissionDesk desk;
    private final AccountRegister accounts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final SettableClock clock;

    public SelectionTestData(CallRounds rounds, DraftDesk drafting, SubmissionDesk desk, AccountRegister accounts,
                      TransactionTemplate transaction, ApplicationEventPublisher events,
                      JdbcClient jdbc, SettableClock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.drafting = drafting;
        this.desk = desk;
        this.accounts = accounts;
        this.transaction = transaction;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * The open demo round (2020 round 3, deadline 30 days after start-up): every 2020 KA202 round number is taken by
     * the demo or other tests (the schema allows 1 to 9), so selection tests share this one and start from an empty
     * LV01 ranking of it.
     */
    public CallRoundSummary openRound() {
        return rounds.all().stream().filter(round -> "Demo round (open)".equals(round.label())).findFirst()
                .orElseThrow();
    }

    /**
     * Moves the server's clock an hour past the open round's deadline: formal checks, ranking and decisions start only
     * then (R-SUB-01). The test class puts the clock back ({@link SettableClock#reset()}) after each test.
     */
    public void afterTheDeadline() {
        clock.set(openRound().effectiveDeadline().plusHours(1).toInstant());
    }

    /** Takes back the officer's work on the ranking: decisions, envelope and reduced grants; keeps the scores. */
    public void undoSelection() {
        jdbc.sql("DELETE FROM selection_decision WHERE application_id IN (" + OF_THE_RANKING + ")").update();
        jdbc.sql("DELETE FROM selection_envelope WHERE national_agency_code = 'LV01' AND call_year = 2020 "
                + "AND round_number = 3 AND action_type = 'KA202'").update();
        jdbc.sql("UPDATE selection_candidate SET granted = requested_grant, grant_reduction_reason = NULL "
                + "WHERE application_id IN (" + OF_THE_RANKING + ")").update();
    }

    public boolean knows(SubmissionSummary submission) {
        return jdbc.sql("SELECT COUNT(*) FROM selection_candidate WHERE application_id = ?")
                .param(submission.applicationId().value()).query(Integer.class).single() == 1;
    }

    /** Forgets the LV01 KA202 ranking of the open round, so that each test starts from an empty one. */
    public void emptyRanking() {
        undoSelection();
        jdbc.sql("DELETE FROM selection_candidate WHERE application_id IN (" + OF_THE_RANKING + ")").update();
    }

    /** Anna submits a KA202 application to LV01 in the open demo round, working in {@code language}. */
    public SubmissionSummary submitted(String title, String language) {
        ApplicationSummary draft = drafting.start(person(SubmissionFixtures.ANNA).id(),
                SubmissionFixtures.greenSkills(title), openRound().id());
        return desk.submit(draft.id(), OptionalLong.empty(), UUID.randomUUID().toString(),
                person(SubmissionFixtures.ANNA, language));
    }

    /**
     * The officer consolidated the score: points for relevance, design, team, impact, with the experts' comments, which
     * the officer approved as the consolidated assessment comment (issue 17).
     */
    public void assessed(SubmissionSummary submission, int relevance, int design, int team, int impact, String requested,
                  @Nullable String recommended, List<String> comments) {
        int total = relevance + design + team + impact;
        boolean passed = total >= 60 && relevance >= 15 && design >= 10 && team >= 10 && impact >= 15;
        AssessmentCompleted event = new AssessmentCompleted(submission.applicationId(), submission.id(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                submission.roundNumber(), submission.actionType(),
                List.of(new CriterionScore("relevance", relevance, 30, comments),
                        new CriterionScore("design", design, 20, List.of()),
                        new CriterionScore("team", team, 20, List.of()),
                        new CriterionScore("impact", impact, 30, List.of())),
                total, passed, new BigDecimal(requested), recommended == null ? null : new BigDecimal(recommended),
                person(SubmissionFixtures.ILZE).id().value(), Instant.now(),
                comments.isEmpty() ? null : String.join("\n\n", comments));
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> totalOf(submission) == total);
    }

    public void formallyRejected(SubmissionSummary submission, String reason) {
        FormalCheckCompleted event = new FormalCheckCompleted(submission.applicationId(), submission.id(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                submission.roundNumber(), submission.actionType(), false, reason, List.of("R-ELIG-02"),
                person(SubmissionFixtures.ILZE).id().value(), Instant.now());
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM selection_candidate WHERE application_id = ? AND formally_eligible = FALSE")
                .param(submission.applicationId().value()).query(Integer.class).single() == 1);
    }

    /**
     * Empties a ranking of a test's own: its candidates, decisions and envelope, and any agreement made of one of its
     * applications, so that no final selection of the test outlives it on the shared database (the demo data makes its
     * agreements from the first 50 final selections of LV01 without one, oldest call year first).
     */
    public static void emptyRanking(JdbcClient jdbc, RankingKey key) {
        String ofTheRanking = "SELECT application_id FROM selection_candidate WHERE national_agency_code = ? "
                + "AND call_year = ? AND round_number = ? AND action_type = ?";
        Object[] ranking = {key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType()};
        String ofItsAgreements = "SELECT id FROM grant_agreement WHERE application_id IN (" + ofTheRanking + ")";
        jdbc.sql("DELETE FROM grant_audit WHERE agreement_id IN (" + ofItsAgreements + ")").params(ranking).update();
        jdbc.sql("DELETE FROM grant_document WHERE agreement_id IN (" + ofItsAgreements + ")").params(ranking)
                .update();
        jdbc.sql("DELETE FROM grant_agreement WHERE application_id IN (" + ofTheRanking + ")").params(ranking)
                .update();
        jdbc.sql("DELETE FROM selection_decision WHERE application_id IN (" + ofTheRanking + ")").params(ranking)
                .update();
        jdbc.sql("DELETE FROM selection_envelope WHERE national_agency_code = ? AND call_year = ? "
                + "AND round_number = ? AND action_type = ?").params(ranking).update();
        jdbc.sql("DELETE FROM selection_candidate WHERE application_id IN (" + ofTheRanking + ")").params(ranking)
                .update();
    }

    private int totalOf(SubmissionSummary submission) {
        return jdbc.sql("SELECT total FROM selection_candidate WHERE application_id = ?")
                .param(submission.applicationId().value()).query(Integer.class).optional().orElse(-1);
    }

    public SignedInUser person(String email) {
        return person(email, "en");
    }

    public SignedInUser person(String email, String language) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), language, true, null);
    }
}
