package eu.sadarbe.assessment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * Eligible applications for assessment tests: Anna Bērziņa's green-skills application (applicant E10000001, partners
 * E10000002 and E10000003) submitted to LV01 in a 2019 KA202 round of the test's own, then found eligible by a real
 * {@link FormalCheckCompleted}, published in a transaction as the formal check does. Each round holds at most two
 * applications, since an expert assesses an applicant only once a round.
 */
public final class AssessmentFixtures {

    public static final String ANNA = "anna.berzina@demo.sadarbe.eu";
    public static final String ILZE = "ilze.ozola@demo.sadarbe.eu";
    public static final String JANIS = "janis.liepa@demo.sadarbe.eu";
    public static final String MARTA = "marta.jansone@demo.sadarbe.eu";
    public static final String INESE = "inese.kruze@demo.sadarbe.eu";
    public static final List<String> KA202_EXPERTS_LV01 = List.of("andris.kalejs@demo.sadarbe.eu",
            "dace.lace@demo.sadarbe.eu", "gatis.ozols@demo.sadarbe.eu", INESE, MARTA,
            "raimonds.zarins@demo.sadarbe.eu");
    public static final LocalDateTime DEADLINE = LocalDateTime.of(2019, 3, 21, 12, 0);

    private final CallRounds rounds;
    private final DraftDesk drafting;
    private final SubmissionDesk desk;
    private final AccountRegister accounts;
    private final SettableClock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AssessableApplications assessable;
    private final BackOfficeStatuses inbox;

    public AssessmentFixtures(CallRounds rounds, DraftDesk drafting, SubmissionDesk desk,
                              AccountRegister accounts, SettableClock clock, TransactionTemplate transaction,
                              ApplicationEventPublisher events, AssessableApplications assessable,
                              BackOfficeStatuses inbox) {
        this.rounds = rounds;
        this.drafting = drafting;
        this.desk = desk;
        this.accounts = accounts;
        this.clock = clock;
        this.transaction = transaction;
        this.events = events;
        this.assessable = assessable;
        this.inbox = inbox;
    }

    /**
     * Submits a new application in 2019 KA202 round {@code roundNumber} and confirms it eligible. The nine rounds are
     * shared between the test classes, and every application here has the same applicant, whom an expert assesses
     * only once in a round: the experts one class assigns in a round are no longer free there for the next. The
     * classes therefore run in the order of their names on every machine ({@code junit-platform.properties}).
     */
    public Assessable eligibleApplication(int roundNumber, String title) {
        CallRoundSummary round = round(roundNumber);
        clock.setBrussels(DEADLINE.minusDays(10));
        try {
            ApplicationSummary draft = drafting.start(person(ANNA).id(), greenSkills2019(title), round.id());
            SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), UUID.randomUUID().toString(),
                    person(ANNA));
            // The officer's formal check starts from the application's inbox row, which the submission's event
            // writes after the commit: an assignment made before the row is there counts nowhere on the round
            // dashboard (LateConflictTests failed so once in CI, issue 21's kept counts one short).
            await().atMost(Duration.ofSeconds(30)).until(() -> inbox.of(draft.id()).isPresent());
            transaction.executeWithoutResult(status -> events.publishEvent(new FormalCheckCompleted(
                    draft.id(), submission.id(), submission.applicationNumber(), submission.nationalAgencyCode(),
                    submission.callYear(), submission.roundNumber(), submission.actionType(), true, "",
                    List.of(), person(ILZE).id().value(), Instant.now())));
            return await().atMost(Duration.ofSeconds(30))
                    .until(() -> assessable.byId(draft.id()), found -> found.isPresent()).orElseThrow();
        } catch (eu.sadarbe.submission.ApplicationNotEligible ineligible) {
            throw new AssertionError("Not eligible: " + ineligible.report().findings(), ineligible);
        } finally {
            clock.reset();
        }
    }

    /** The green-skills application for the 2019 call: organisations carry their PIC as well (R-ELIG-10). */
    public static String greenSkills2019(String title) {
        String json = SubmissionFixtures.greenSkills(title).replace("\"callYear\": 2020", "\"callYear\": 2019");
        for (int organisation = 1; organisation <= 3; organisation++) {
            json = json.replace("\"oid\": \"E1000000" + organisation + "\",",
                    "\"oid\": \"E1000000" + organisation + "\", \"pic\": \"94900000" + organisation + "\",");
        }
        return json;
    }

    public CallRoundSummary round(int roundNumber) {
        String label = "Assessment tests " + roundNumber;
        return rounds.all().stream().filter(round -> label.equals(round.label())).findFirst()
                .orElseGet(() -> rounds.define(2019, roundNumber, label, Set.of("KA202"), DEADLINE, "tests"));
    }

    public SignedInUser person(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), "en", true, null);
    }
}
