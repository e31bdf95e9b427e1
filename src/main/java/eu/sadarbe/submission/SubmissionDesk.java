package eu.sadarbe.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationAnnexes;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationNotFound;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.FrozenApplication;
import eu.sadarbe.applications.PartnerMandate;
import eu.sadarbe.calls.CallRoundNotFound;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.eligibility.CheckReport;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.submission.domain.ApplicationNumbers;
import eu.sadarbe.submission.domain.IndividualExtensions;
import eu.sadarbe.submission.domain.SubmissionLedger;

/**
 * Where applications are submitted (R-SUB-01): eligible, before the deadline on the server's clock in Brussels
 * time, exactly once per idempotency key, frozen with a SHA-256 digest, numbered and routed to a National Agency.
 * The receipt (PDF, e-mail) follows after the commit, from {@link ApplicationSubmitted}.
 */
@Service
public class SubmissionDesk {

    private static final int ATTEMPTS = 5;

    private final ApplicationRegister applications;
    private final ApplicationAnnexes annexes;
    private final EligibilityCheck eligibility;
    private final CallRounds rounds;
    private final RuleBook rules;
    private final ApplicationNumbers numbers;
    private final SubmissionLedger ledger;
    private final IndividualExtensions extensions;
    private final SubmissionAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SubmissionDesk(ApplicationRegister applications, ApplicationAnnexes annexes, EligibilityCheck eligibility, CallRounds rounds,
                   ApplicationNumbers numbers, SubmissionLedger ledger, IndividualExtensions extensions,
                   SubmissionAccess access, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                   RuleBook rules, Clock clock) {
        this.rules = rules;
        this.applications = applications;
        this.annexes = annexes;
        this.eligibility = eligibility;
        this.rounds = rounds;
        this.numbers = numbers;
        this.ledger = ledger;
        this.extensions = extensions;
        this.access = access;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Submits the application as it stands at {@code expectedVersion} (the current version when empty). A repeated
     * key returns the submission it made the first time; the database's unique key decides between parallel ones.
     */
    public SubmissionSummary submit(ApplicationId id, OptionalLong expectedVersion, String idempotencyKey,
                                    SignedInUser submitter) {
        return submit(id, expectedVersion, idempotencyKey, submitter, Locale.forLanguageTag(submitter.language()));
    }

    /**
     * As above, with the language the applicant submits in (the page's or the request's): the receipt e-mail and
     * the PDF of the submitted application speak it, whatever the account's language was at sign-in.
     */
    public SubmissionSummary submit(ApplicationId id, OptionalLong expectedVersion, String idempotencyKey,
                                    SignedInUser submitter, Locale language) {
        access.requireSubmitter(submitter, id);
        for (int attempt = 1; ; attempt++) {
            Optional<SubmissionSummary> earlier = ledger.byKey(id, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            try {
                return transaction.execute(status -> submitOnce(id, expectedVersion, idempotencyKey, submitter,
                        language.getLanguage()));
            } catch (RuntimeException refusedOrRaced) {
                // A parallel request with the same key may have won the race: then its submission is the answer.
                Optional<SubmissionSummary> winner = ledger.byKey(id, idempotencyKey);
                if (winner.isPresent()) {
                    return winner.get();
                }
                if (!(refusedOrRaced instanceof DataAccessException) || attempt == ATTEMPTS) {
                    throw refusedOrRaced;
                }
            }
        }
    }

    private SubmissionSummary submitOnce(ApplicationId id, OptionalLong expectedVersion, String idempotencyKey,
                                         SignedInUser submitter, String language) {
        SubmissionSummary submission = record(id, expectedVersion, idempotencyKey, clock.instant(),
                submitter.id().value(), submitter.email(), language);
        events.publishEvent(new ApplicationSubmitted(submission.id(), id, submission.applicationNumber(),
                submission.sha256(), submission.submittedAt(), submission.nationalAgencyCode()));
        return submission;
    }

    private SubmissionSummary record(ApplicationId id, OptionalLong expectedVersion, String idempotencyKey,
                                     Instant now, UUID submitterId, String submitterEmail, String language) {
        ApplicationSummary current = applications.find(id).orElseThrow(() -> new ApplicationNotFound(id));
        CallRoundSummary round = rounds.find(current.round()).orElseThrow(() -> new CallRoundNotFound(current.round()));
        Deadline deadline = Deadline.of(round, extensions.latest(id));
        if (!deadline.isOpenAt(now)) {
            throw new DeadlinePassed(deadline.moment(), now.atZone(CallRoundSummary.BRUSSELS));
        }
        FrozenApplication frozen = applications.freeze(id, expectedVersion.orElse(current.version()));
        long ruleRevision = rules.currentRevision();   // kept with the submission (issue 13, item 14)
        CheckReport report = eligibility.check(frozen.document(), ruleRevision);
        if (!report.eligible()) {
            throw new ApplicationNotEligible(report);
        }
        // Read in this transaction, after the freeze locked the draft: the declaration cannot change meanwhile.
        if (!applications.declarationMade(id)) {
            throw new DeclarationNotSigned(id, applications.declarationOutdated(id));
        }
        String agency = report.nationalAgency().orElseThrow(() -> new NoNationalAgency(
                frozen.summary().applicantCountry(), frozen.summary().actionType(), frozen.summary().callYear())).code();
        String number = numbers.numberFor(id.value(), frozen.summary().callYear(), round.roundNumber(), agency,
                frozen.summary().actionType(), now);
        SubmissionSummary submission = new SubmissionSummary(UUID.randomUUID(), id, number,
                sha256(frozen.canonicalJson()), now, agency, frozen.summary().callYear(), round.roundNumber(),
                frozen.summary().actionType(), frozen.summary().version(), frozen.summary().title());
        ledger.record(submission, idempotencyKey, frozen.canonicalJson(), submitterId, submitterEmail, language,
                ruleRevision);
        return submission;
    }

    /** Every submission of the application, oldest first (the last one counts), for those who may see them. */
    @Transactional(readOnly = true)
    public List<SubmissionSummary> submissions(ApplicationId id, SignedInUser viewer) {
        access.requireViewer(viewer, id);
        return ledger.of(id);
    }

    @Transactional(readOnly = true)
    public SubmissionSummary submission(ApplicationId id, UUID submissionId, SignedInUser viewer) {
        access.requireViewer(viewer, id);
        return ledger.byId(submissionId).filter(submission -> submission.applicationId().equals(id))
                .orElseThrow(() -> new ApplicationNotFound(id));
    }

    /** The submit page's view of the application for someone who may see it. */
    @Transactional(readOnly = true)
    public SubmissionOverview overview(ApplicationId id, SignedInUser viewer) {
        access.requireViewer(viewer, id);
        return overviewOf(id, viewer);
    }

    /**
     * The extension page's view for an officer of the application's National Agency, who may extend a draft's
     * deadline (R-SUB-02) without seeing the draft itself; the page shows its title and deadline only.
     */
    @Transactional(readOnly = true)
    public SubmissionOverview extensionOverview(ApplicationId id, SignedInUser officer) {
        access.requireOfficerOfRoutedAgency(officer, id);
        return overviewOf(id, officer);
    }

    private SubmissionOverview overviewOf(ApplicationId id, SignedInUser viewer) {
        ApplicationSummary application = applications.find(id).orElseThrow(() -> new ApplicationNotFound(id));
        Deadline deadline = deadlineOf(id);
        List<PartnerMandate> mandates = annexes.mandates(id);
        return new SubmissionOverview(application, eligibility.check(applications.document(id)), deadline,
                ledger.of(id), extensions.of(id), access.maySubmit(viewer, id), access.mayExtend(viewer, id),
                deadline.isOpenAt(clock.instant()), applications.declarationMade(id),
                mandates.stream().filter(PartnerMandate::uploaded).count(), mandates.size());
    }

    /** The deadline that applies to the application now: its round's, or its individual extension (R-SUB-02). */
    @Transactional(readOnly = true)
    public Deadline deadlineOf(ApplicationId id) {
        ApplicationSummary application = applications.find(id).orElseThrow(() -> new ApplicationNotFound(id));
        CallRoundSummary round = rounds.find(application.round())
                .orElseThrow(() -> new CallRoundNotFound(application.round()));
        return Deadline.of(round, extensions.latest(id));
    }

    /**
     * What {@link #deadlineOf} says for each of these applications that was submitted, read in a few statements
     * whatever their number (issue 21: the ranking page asked for 2,000 one by one): their rounds, found from their
     * submissions' call year, round number and action type, and their latest individual extensions (R-SUB-02). One
     * whose round cannot be told apart that way is read alone.
     */
    @Transactional(readOnly = true)
    public List<Deadline> deadlinesOf(Collection<ApplicationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<ApplicationId, SubmissionSummary> submitted = ledger.anyOf(ids);
        Map<ApplicationId, IndividualExtension> extended = extensions.latestOf(submitted.keySet());
        List<CallRoundSummary> all = rounds.all();
        List<Deadline> deadlines = new ArrayList<>(submitted.size());
        for (SubmissionSummary submission : submitted.values()) {
            List<CallRoundSummary> round = all.stream()
                    .filter(candidate -> candidate.callYear() == submission.callYear()
                            && candidate.roundNumber() == submission.roundNumber()
                            && candidate.actionTypes().contains(submission.actionType()))
                    .toList();
            deadlines.add(round.size() == 1
                    ? Deadline.of(round.get(0), Optional.ofNullable(extended.get(submission.applicationId())))
                    : deadlineOf(submission.applicationId()));
        }
        return deadlines;
    }

    /**
     * R-SUB-02: an officer of the application's National Agency grants it a later deadline, with a reason; the
     * grant is logged and shown on the application.
     */
    @Transactional
    public IndividualExtension grantExtension(ApplicationId id, LocalDateTime deadlineBrussels, String reason,
                                              SignedInUser officer) {
        access.requireOfficerOfRoutedAgency(officer, id);
        Instant now = clock.instant();
        if (!deadlineBrussels.atZone(CallRoundSummary.BRUSSELS).toInstant().isAfter(now)) {
            throw new ExtensionNotInFuture(deadlineBrussels);
        }
        return extensions.grant(id, Objects.requireNonNull(officer.nationalAgencyCode()), deadlineBrussels,
                reason.strip(), officer.id().value(), officer.email(), now);
    }

    /** Every individual extension of the application, newest first. */
    @Transactional(readOnly = true)
    public List<IndividualExtension> extensions(ApplicationId id, SignedInUser viewer) {
        access.requireViewer(viewer, id);
        return extensions.of(id);
    }

    static String sha256(String canonicalJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
