package eu.sadarbe.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.inbox.FormalCheckDecision;
import eu.sadarbe.assessment.inbox.FormalChecks;
import eu.sadarbe.assessment.inbox.Inbox;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.assessment.scoring.AssessmentState;
import eu.sadarbe.assessment.scoring.Consolidation;
import eu.sadarbe.assessment.scoring.ScoreSheet;
import eu.sadarbe.assessment.scoring.Scores;
import eu.sadarbe.assessment.scoring.Scoring;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;

/**
 * The assessment half of the decided demo round (issues #18 and #20, "Demo"): fourteen applications to VIAA (LV01)
 * in the 2020 round 1 that {@link DemoRounds} defines (deadline 23.04.2020), submitted before the deadline (with the
 * demo's clock set back, {@link PastSubmissions}), formally checked by Ilze Ozola (one rejected: a partner in no
 * register, R-ELIG-10), assessed by two demo experts each and consolidated with a comment, through the same use cases
 * as the officer's and experts' pages. {@link DemoDecisions} then ranks, decides and issues the letters, and
 * {@link DemoGrants} makes agreements of the selections. Runs after the other demo data and before those two; seeded
 * once (a round with applications stops it).
 */
@Component
@Profile("demo")
class DemoDecidedAssessments {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDecidedAssessments.class);

    static final String AGENCY = "LV01";
    static final int YEAR = 2020;
    static final int ROUND = 1;
    static final List<String> ACTION_TYPES = List.of("KA201", "KA202", "KA204", "KA229");
    static final String LABEL = "2020 round 1";
    static final String OFFICER = DemoAccounts.ILZE;
    static final String ANNA = DemoAccounts.ANNA;
    private static final LocalDateTime DEADLINE = LocalDateTime.of(2020, 4, 23, 12, 0);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Map<String, String> COMMENTS = Map.of(
            "relevance", "Projekts atbilst programmas prioritātēm, un vajadzības ir pamatotas ar aptaujām.",
            "design", "Darba plāns ir skaidrs, bet rezultātu kvalitātes pārbaude aprakstīta pārāk īsi.",
            "team", "Partnerība ir līdzsvarota; katram partnerim ir skaidra loma un pieredze.",
            "impact", "Ietekme ir izmērāma, un rezultātu izplatīšana ir pārdomāta arī pēc projekta beigām.");

    private final CallRounds rounds;
    private final AccountRegister accounts;
    private final PastSubmissions past;
    private final BackOfficeStatuses statuses;
    private final Inbox register;
    private final InboxEntries inbox;
    private final FormalChecks formalChecks;
    private final AssessableApplications assessable;
    private final Assignments assignments;
    private final Scoring scoring;
    private final Consolidation consolidation;
    private final TransactionTemplate transaction;

    DemoDecidedAssessments(CallRounds rounds, AccountRegister accounts, PastSubmissions past,
                           BackOfficeStatuses statuses, Inbox register, InboxEntries inbox,
                           FormalChecks formalChecks, AssessableApplications assessable, Assignments assignments,
                           Scoring scoring, Consolidation consolidation, PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.accounts = accounts;
        this.past = past;
        this.statuses = statuses;
        this.register = register;
        this.inbox = inbox;
        this.formalChecks = formalChecks;
        this.assessable = assessable;
        this.assignments = assignments;
        this.scoring = scoring;
        this.consolidation = consolidation;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 20)
    void seed() {
        var coordinators = accounts.byEmail(DemoAssessmentRound.COORDINATORS);
        var anna = accounts.byEmail(ANNA);
        var ilze = accounts.byEmail(OFFICER);
        var round = rounds.all().stream().filter(found -> LABEL.equals(found.label())).findFirst();
        if (coordinators.isEmpty() || anna.isEmpty() || ilze.isEmpty() || round.isEmpty()
                || ACTION_TYPES.stream().anyMatch(type -> !statuses.applications(AGENCY, YEAR, ROUND, type).isEmpty())) {
            return;
        }
        long started = System.nanoTime();
        List<ApplicationId> ids = new ArrayList<>();
        past.inThePast(() -> ids.addAll(transaction.execute(
                status -> submit(round.get(), coordinators.get(), anna.get()))));
        assess(ids, signedIn(ilze.get()));
        LOG.info("Decided demo round: {} applications submitted, checked and assessed in {} ms", ids.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<ApplicationId> submit(CallRoundSummary round, AccountSummary coordinators, AccountSummary anna) {
        Instant deadline = DEADLINE.atZone(CallRoundSummary.BRUSSELS).toInstant();
        List<String> documents = DemoApplications.decidedRoundDocuments();
        List<ApplicationId> ids = new ArrayList<>();
        for (int index = 0; index < documents.size(); index++) {
            AccountSummary submitter = index == documents.size() - 1 ? anna : coordinators;
            Instant submittedAt = deadline.minus(Duration.ofMinutes(90 + index * 571L));
            ids.add(past.submit(submitter, documents.get(index), round.id(),
                    submittedAt.minus(Duration.ofDays(25 + index % 7)), submittedAt));
        }
        return ids;
    }

    private void assess(List<ApplicationId> ids, SignedInUser ilze) {
        // The inbox registers the submissions when it hears of them; registered here at once, as the officer's
        // dashboard would, so that the formal check need not wait (registering twice changes nothing).
        ids.forEach(register::register);
        // The formal check: the one with a partner in no register (position 5 of the templates) is rejected.
        ApplicationId unregisteredPartner = ids.get(4);
        formalChecks.record(unregisteredPartner, new FormalCheckDecision(false,
                "Partnerorganizācija nav reģistrēta organizāciju reģistrā.", List.of("R-ELIG-10")), ilze);
        formalChecks.confirmEligible(ids.stream().filter(id -> !id.equals(unregisteredPartner)).toList(), ilze);
        List<ApplicationId> eligible = ids.stream()
                .filter(id -> inbox.find(id).orElseThrow().status() == BackOfficeStatus.ELIGIBLE).toList();
        if (eligible.size() != ids.size() - 1) {
            LOG.warn("Decided demo round: {} of {} applications left for a formal check one by one",
                    ids.size() - 1 - eligible.size(), ids.size());
        }
        Set<ApplicationId> wanted = new HashSet<>(eligible);
        waitFor("the experts' list", () -> assessable.eligibleOf(AGENCY).stream().map(Assessable::applicationId)
                .filter(wanted::contains).count() == wanted.size());
        for (String actionType : ACTION_TYPES) {
            assignments.suggest(ilze, YEAR, ROUND, actionType);
        }
        // Two in three pass, every third fails (R-AWD-02); the second expert a little lower, so there are no ties.
        for (int position = 0; position < eligible.size(); position++) {
            ApplicationId id = eligible.get(position);
            List<Assignment> counting = assignments.of(id).stream()
                    .filter(assignment -> assignment.status().counts()).toList();
            for (int slot = 0; slot < counting.size(); slot++) {
                score(counting.get(slot), scores(position, slot));
            }
            AssessmentState state = consolidation.state(ilze, id);
            if (state.suggestion() != null) {
                consolidation.consolidate(ilze, id, state.suggestion(), null, null, null);
            }
        }
    }

    static Scores scores(int position, int slot) {
        int bonus = position % 4;
        return switch (position % 3) {
            case 0 -> new Scores(25 + bonus - slot, 17, 17, 26 - slot);
            case 1 -> new Scores(21 + bonus - slot, 14, 14, 21 - slot);
            default -> new Scores(13 + bonus - slot, 9, 9, 13);
        };
    }

    private void score(Assignment assignment, Scores scores) {
        SignedInUser expert = signedIn(accounts.byEmail(assignment.expertEmail()).orElseThrow());
        assignments.declare(expert, assignment.id(), false, null);
        scoring.saveDraft(expert, assignment.id(), new ScoreSheet(assignment.id(), scores.relevance(),
                scores.design(), scores.team(), scores.impact(), COMMENTS.get("relevance"), COMMENTS.get("design"),
                COMMENTS.get("team"), COMMENTS.get("impact"), null, "", null, null));
        scoring.submit(expert, assignment.id());
    }

    /** Waits for what the asynchronous listeners make of the events just committed, polling without sleeping long. */
    private static void waitFor(String what, BooleanSupplier done) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Decided demo round: " + what + " did not catch up in " + PATIENCE);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Decided demo round interrupted", interrupted);
            }
        }
    }

    private static SignedInUser signedIn(AccountSummary account) {
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), "lv", true, null);
    }
}
