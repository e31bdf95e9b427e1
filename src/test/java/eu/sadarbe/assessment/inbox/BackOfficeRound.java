package eu.sadarbe.assessment.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.demo.DemoApplications;
import eu.sadarbe.demo.DemoAssessmentRound;
import eu.sadarbe.demo.PastSubmissions;

/**
 * A copy of the demo assessment round's KA201 and KA204 applications for tests that change their back-office
 * status: the same documents (index 5 and 33 with an unregistered partner, R-ELIG-10) submitted the same way
 * ({@link PastSubmissions}: the drafting and submission use cases with the demo's clock set back) in 2020
 * round {@value #ROUND_NUMBER}, plus one more copy of each of those two ({@link #SECOND_5}, {@link #SECOND_33}),
 * seeded once per database. (Rounds are numbered 1 to 9 and every other 2020 round number already has KA202, so the
 * copy has no KA202.) The demo round itself stays untouched for {@code DemoRoundJourneyTests}, which takes all of it
 * from the deadline to the decision letters.
 */
record BackOfficeRound(CallRounds rounds, AccountRegister accounts, PastSubmissions past, JdbcClient jdbc,
                       TransactionTemplate transaction) {

    static final int ROUND_NUMBER = 7;
    static final String LABEL = "Back-office tests (copy of the demo round)";
    /** Another copy of demo application 5 (KA201, R-ELIG-10). */
    static final int SECOND_5 = 44;
    /** Another copy of demo application 33 (KA204, R-ELIG-10). */
    static final int SECOND_33 = 45;
    private static final List<Integer> KA201 = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, SECOND_5);
    private static final List<Integer> KA204 = List.of(28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, SECOND_33);

    /** The copy of the demo round's application seeded at {@code index} (0…13 KA201, 28…39 KA204) or a second copy. */
    ApplicationId application(int index) {
        seedOnce();
        String actionType = KA201.contains(index) ? "KA201" : "KA204";
        int position = (KA201.contains(index) ? KA201 : KA204).indexOf(index);
        if (position < 0) {
            throw new IllegalArgumentException("Not in the copy of the demo round: " + index);
        }
        // One row an application: a test may resubmit one of them (FormalCheckTests), under the same number
        List<UUID> ids = jdbc.sql("""
                        SELECT application_id FROM submission WHERE call_year = 2020 AND round_number = ?
                            AND national_agency_code = 'LV01' AND action_type = ?
                        GROUP BY application_id, application_number ORDER BY application_number""")
                .params(ROUND_NUMBER, actionType).query(UUID.class).list();
        return new ApplicationId(ids.get(position));
    }

    private void seedOnce() {
        synchronized (BackOfficeRound.class) {
            if (rounds.all().stream().anyMatch(round -> LABEL.equals(round.label()))) {
                return;
            }
            AccountSummary coordinators = accounts.byEmail(DemoAssessmentRound.COORDINATORS).orElseThrow();
            past.inThePast(() -> transaction.executeWithoutResult(status -> {
                CallRoundSummary round = rounds.define(2020, ROUND_NUMBER, LABEL, Set.of("KA201", "KA204"),
                        DemoAssessmentRound.DEADLINE, "tests");
                Instant deadline = DemoAssessmentRound.DEADLINE.atZone(CallRoundSummary.BRUSSELS).toInstant();
                List<String> documents = DemoApplications.documents();
                for (List<Integer> indices : List.of(KA201, KA204)) {
                    for (int index : indices) {
                        int document = index == SECOND_5 ? 5 : index == SECOND_33 ? 33 : index;
                        Instant submittedAt = deadline.minus(Duration.ofMinutes(60 + (index * 337L) % 14_400));
                        past.submit(coordinators, documents.get(document), round.id(),
                                submittedAt.minus(Duration.ofDays(20 + index % 9)), submittedAt);
                    }
                }
            }));
        }
    }
}
