package eu.sadarbe.results;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentMade;
import eu.sadarbe.reporting.ProjectCompleted;
import eu.sadarbe.selection.ApplicationRejected;
import eu.sadarbe.selection.ApplicationSelected;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * Funded projects of the tests' own: Anna Bērziņa (Rīgas Valsts tehnikums, a VET school in Rīga) submits a KA202
 * application to LV01 in the open demo round, in Latvian, with a title of its own; the tests then publish the
 * events selection, grants and payments publish — as those modules do, in a transaction — and wait until results
 * has taken them in.
 */
public final class ResultsTestData {

    private final CallRounds rounds;
    private final DraftDesk drafting;
    private final SubmissionDesk desk;
    private final AccountRegister accounts;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;

    public ResultsTestData(ApplicationContext context) {
        this.rounds = context.getBean(CallRounds.class);
        this.drafting = context.getBean(DraftDesk.class);
        this.desk = context.getBean(SubmissionDesk.class);
        this.accounts = context.getBean(AccountRegister.class);
        this.events = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.transactions = context.getBean(PlatformTransactionManager.class);
    }

    /** A word found nowhere else: letters only, so that it is one search word. */
    public static String uniqueWord() {
        return "zpr" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT)
                + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "q");
    }

    /** Anna's application, submitted, with the Latvian objectives text as its summary. */
    public SubmissionSummary submitted(String title, String objectives) {
        String document = SubmissionFixtures.greenSkills(title)
                .replaceFirst("\\{", "{\"description\": {\"objectives\": \"" + objectives + "\"}, ");
        var round = rounds.all().stream().filter(r -> "Demo round (open)".equals(r.label())).findFirst().orElseThrow();
        ApplicationSummary draft = drafting.start(anna("lv").id(), document, round.id());
        return desk.submit(draft.id(), OptionalLong.empty(), UUID.randomUUID().toString(), anna("lv"));
    }

    /** Selection chose it with this grant; waits until the results platform shows it. */
    public void selected(SubmissionSummary submission, String granted) {
        publish(new ApplicationSelected(submission.applicationId(), submission.applicationNumber(),
                new RankingKey(submission.nationalAgencyCode(), submission.callYear(), submission.roundNumber(),
                        submission.actionType()), new BigDecimal(granted), UUID.randomUUID(),
                Instant.parse("2021-01-15T10:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM results_project "
                + "WHERE application_id = ? AND granted_amount = " + granted, submission) == 1);
    }

    public void rejected(SubmissionSummary submission) {
        publish(new ApplicationRejected(submission.applicationId(), submission.applicationNumber(),
                new RankingKey(submission.nationalAgencyCode(), submission.callYear(), submission.roundNumber(),
                        submission.actionType()), "Below the threshold", UUID.randomUUID(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM results_project WHERE application_id = ?", submission) == 0);
    }

    public String agreementInForce(SubmissionSummary submission, String total, LocalDate start, LocalDate end) {
        String number = "AG-" + submission.applicationNumber();
        publish(new AgreementEnteredIntoForce(new GrantAgreementId(UUID.randomUUID()), number,
                submission.applicationId(), submission.applicationNumber(), submission.nationalAgencyCode(),
                submission.actionType(), submission.callYear(), PaymentScheme.values()[0], new BigDecimal(total),
                LocalDate.of(2021, 2, 1), start, end, "Rīgas Valsts tehnikums", "E10000001",
                "LV80BANK0000435195001", "HABALV22"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM results_project WHERE application_id = ? AND agreement_number IS NOT NULL",
                submission) == 1);
        return number;
    }

    public void paid(SubmissionSummary submission, PaymentKind kind, String amount, LocalDate on) {
        UUID order = UUID.randomUUID();
        publish(new PaymentMade(order, new GrantAgreementId(UUID.randomUUID()), submission.applicationId(),
                submission.applicationNumber(), submission.nationalAgencyCode(), kind, new BigDecimal(amount), on));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM results_disbursement WHERE payment_order_id = ?")
                .param(order).query(Integer.class).single() == 1);
    }

    /**
     * Reporting settled the final grant of the project's only agreement after its final report, with its public
     * results summary (R-REP-02) in English and Latvian; waits until the results platform shows it completed.
     */
    public void completed(SubmissionSummary submission, String awarded, String finalGrant, String english,
                          String latvian) {
        publish(new ProjectCompleted(new GrantAgreementId(UUID.randomUUID()), submission.applicationId(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.actionType(),
                submission.callYear(), new BigDecimal(awarded), new BigDecimal(finalGrant), 72, BigDecimal.ZERO,
                english, latvian, "lv", LocalDate.of(2021, 12, 10), true));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM results_project WHERE application_id = ? AND completed_on IS NOT NULL",
                submission) == 1);
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private int count(String sql, SubmissionSummary submission) {
        return jdbc.sql(sql).param(submission.applicationId().value()).query(Integer.class).single();
    }

    private SignedInUser anna(String language) {
        AccountSummary account = accounts.byEmail(SubmissionFixtures.ANNA).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), language, true, null);
    }
}
