package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.assessment.RoundStillOpen;
import eu.sadarbe.assessment.SubmissionWindow;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.submission.Deadline;

/**
 * The officer's selection work (R-AWD-05): the ranking within the envelope, what-if, reduced grants, decisions and
 * the decision letters. Only officers of the agency get in; every change goes to the audit trail.
 */
@Service
public class SelectionDesk {

    /** A reserve-list size that is not a whole number from 0 to the call year's maximum, the argument (R-AWD-05). */
    public static final String RESERVE_SIZE_PROBLEM = "selection.problem.reserveSizeFromZeroTo";

    private final CandidateRepository candidates;
    private final EnvelopeRepository envelopes;
    private final ReserveListSizes reserveLists;
    private final DecisionRepository decisions;
    private final AuditTrail audit;
    private final BackOfficeStatuses statuses;
    private final LetterLanguages languages;
    private final ApplicationEventPublisher events;
    private final SubmissionWindow window;
    private final Clock clock;

    SelectionDesk(CandidateRepository candidates, EnvelopeRepository envelopes, ReserveListSizes reserveLists,
                  DecisionRepository decisions, AuditTrail audit, BackOfficeStatuses statuses,
                  LetterLanguages languages, ApplicationEventPublisher events, SubmissionWindow window, Clock clock) {
        this.reserveLists = reserveLists;
        this.window = window;
        this.candidates = candidates;
        this.envelopes = envelopes;
        this.decisions = decisions;
        this.audit = audit;
        this.statuses = statuses;
        this.languages = languages;
        this.events = events;
        this.clock = clock;
    }

    /** The rankings the officer's agency has applications for, newest round first. */
    @Transactional(readOnly = true)
    public List<RankingKey> rankings(SignedInUser officer) {
        return candidates.rankingsOf(officer.requireOfficerAgency());
    }

    @Transactional(readOnly = true)
    public Ranking ranking(RankingKey key, SignedInUser officer) {
        officer.requireOfficerOf(key.nationalAgencyCode());
        Envelope envelope = envelopes.of(key);
        return Ranking.of(key, candidates.of(key), envelope.amount(), envelope.reserveSize());
    }

    /** The ranking with another envelope, to watch the cut-off move; nothing is saved. */
    @Transactional(readOnly = true)
    public Ranking whatIf(RankingKey key, BigDecimal envelope, SignedInUser officer) {
        officer.requireOfficerOf(key.nationalAgencyCode());
        return Ranking.of(key, candidates.of(key), envelope, envelopes.of(key).reserveSize());
    }

    @Transactional(readOnly = true)
    public Envelope envelope(RankingKey key, SignedInUser officer) {
        officer.requireOfficerOf(key.nationalAgencyCode());
        return envelopes.of(key);
    }

    @Transactional(readOnly = true)
    public List<EnvelopeChange> envelopeHistory(RankingKey key, SignedInUser officer) {
        officer.requireOfficerOf(key.nationalAgencyCode());
        return envelopes.history(key);
    }

    @Transactional(readOnly = true)
    public Map<ApplicationId, Decision> decisions(RankingKey key, SignedInUser officer) {
        officer.requireOfficerOf(key.nationalAgencyCode());
        return decisions.of(key);
    }

    @Transactional(readOnly = true)
    public Candidate candidate(ApplicationId id, SignedInUser officer) {
        Candidate candidate = candidates.find(id).orElseThrow(UnknownApplication::new);
        officer.requireOfficerOf(candidate.ranking().nationalAgencyCode());
        return candidate;
    }

    /** R-AWD-05: the reserve-list size of the ranking's call year that an envelope gets when none is given. */
    public int defaultReserveSize(RankingKey key) {
        return reserveLists.defaultSize(key);
    }

    /** R-AWD-05: the longest reserve list the ranking's call year allows. */
    public int maximumReserveSize(RankingKey key) {
        return reserveLists.maximum(key);
    }

    /**
     * Sets or changes the envelope and the reserve size (at most the call year's figure, R-AWD-05); the change is
     * kept in the envelope's history.
     */
    @Transactional
    public Envelope setEnvelope(RankingKey key, BigDecimal amount, int reserveSize, SignedInUser officer) {
        officer.requireOfficerOf(key.nationalAgencyCode());
        if (amount.signum() < 0 || amount.scale() > 2) {
            throw new ChangeRefused("selection.problem.envelopeAmount");
        }
        int longest = reserveLists.maximum(key);
        if (reserveSize < 0 || reserveSize > longest) {
            throw new ChangeRefused(RESERVE_SIZE_PROBLEM, longest);
        }
        envelopes.set(key, amount, reserveSize, officer.email(), clock.instant());
        return envelopes.of(key);
    }

    /**
     * Reduces (or restores) the grant the ranking counts: down to the experts' recommended grant without more ado,
     * to any other amount below the requested grant only with the officer's reason.
     */
    @Transactional
    public Candidate changeGrant(ApplicationId id, BigDecimal amount, @Nullable String reason, SignedInUser officer) {
        Candidate candidate = candidate(id, officer);
        requireOpen(candidate);
        if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(candidate.requestedGrant()) > 0) {
            throw new ChangeRefused("selection.problem.grantAmount");
        }
        boolean recommended = candidate.recommendedGrant() != null
                && amount.compareTo(candidate.recommendedGrant()) == 0;
        boolean requested = amount.compareTo(candidate.requestedGrant()) == 0;
        String why = blankToNull(reason);
        if (!recommended && !requested && why == null) {
            throw new ChangeRefused("selection.problem.grantReasonRequired");
        }
        candidates.reduceGrant(id, amount, requested ? null : why);
        audit.record(id, candidate.ranking().nationalAgencyCode(), "selection.grantChanged",
                candidate.applicationNumber(), candidate.granted().toPlainString(),
                amount.toPlainString() + (why == null ? "" : " (" + why + ")"), officer);
        return candidates.find(id).orElseThrow();
    }

    /**
     * Records the decisions the ranking suggests for the whole round: funded → selected, reserve → reserve, the
     * rest (below the reserve list, below the pass marks, formally ineligible) → rejected. Individual overrides and
     * decisions whose letter was issued are kept. Returns how many decisions changed.
     */
    @Transactional
    public int recordDecisions(RankingKey key, SignedInUser officer) {
        requireDeadlinePassed(key, officer);
        Ranking ranking = ranking(key, officer);
        Map<ApplicationId, Decision> existing = decisions.of(key);
        Decision.Officer by = by(officer);
        int changed = 0;
        for (RankedApplication row : ranking.ranked()) {
            Candidate candidate = row.candidate();
            Decision decision = existing.getOrDefault(candidate.applicationId(),
                    Decision.undecided(candidate.applicationId()));
            String before = before(decision);
            boolean taken = switch (Outcome.suggestedFor(row.placement())) {
                case SELECTED -> decision.select(candidate, candidate.granted(), by);
                case RESERVE -> decision.reserve(candidate, Objects.requireNonNullElse(row.reservePosition(), 0), by);
                case REJECTED -> decision.reject(candidate, null, by);
            };
            changed += taken && saved(candidate, decision, before, officer) ? 1 : 0;
        }
        for (Candidate failing : ranking.failing()) {
            changed += rejected(failing, "R-AWD-02", existing, by, officer) ? 1 : 0;
        }
        for (Candidate ineligible : ranking.ineligible()) {
            changed += rejected(ineligible, ineligible.ineligibilityReason(), existing, by, officer) ? 1 : 0;
        }
        return changed;
    }

    private boolean rejected(Candidate candidate, @Nullable String reason, Map<ApplicationId, Decision> existing,
                             Decision.Officer by, SignedInUser officer) {
        Decision decision = existing.getOrDefault(candidate.applicationId(),
                Decision.undecided(candidate.applicationId()));
        String before = before(decision);
        return decision.reject(candidate, reason, by) && saved(candidate, decision, before, officer);
    }

    /** The officer's own decision on one application, against the ranking, with a reason. */
    @Transactional
    public Decision override(ApplicationId id, Outcome outcome, @Nullable BigDecimal granted, @Nullable String reason,
                             SignedInUser officer) {
        return override(id, outcome, granted, reason, null, officer);
    }

    /**
     * The officer's own decision on one application, against the ranking, with a reason; a selection that takes the
     * selected grants over the envelope needs a reason for going over it as well, and is audited with the excess.
     */
    @Transactional
    public Decision override(ApplicationId id, Outcome outcome, @Nullable BigDecimal granted, @Nullable String reason,
                             @Nullable String overEnvelopeReason, SignedInUser officer) {
        Candidate candidate = candidate(id, officer);
        window.requirePassed(id);
        Decision decision = decisions.findOrUndecided(id);
        String before = before(decision);
        Decision.Officer by = by(officer);
        boolean changed = switch (outcome) {
            case SELECTED -> decision.overrideSelect(candidate, granted, reason, by);
            case RESERVE -> decision.overrideReserve(candidate, reservePosition(candidate), reason, by);
            case REJECTED -> decision.overrideReject(candidate, reason, by);
        };
        BigDecimal excess = excessAfter(candidate, outcome == Outcome.SELECTED ? decision.granted() : null);
        String overWhy = blankToNull(overEnvelopeReason);
        if (excess.signum() > 0 && overWhy == null) {
            throw new OverEnvelope(excess);
        }
        if (changed && !saved(candidate, decision, before, officer)) {
            throw new DecisionFinal(candidate.applicationNumber());
        }
        if (changed && excess.signum() > 0) {
            audit.record(id, candidate.ranking().nationalAgencyCode(), "selection.overEnvelope",
                    candidate.applicationNumber(), envelopes.of(candidate.ranking()).amount().toPlainString(),
                    excess.toPlainString() + " (" + overWhy + ")", officer);
        }
        return decision;
    }

    /** What the decisions made so far add up to, against the saved envelope. */
    @Transactional(readOnly = true)
    public DecidedTotals decided(RankingKey key, SignedInUser officer) {
        officer.requireOfficerOf(key.nationalAgencyCode());
        return DecidedTotals.of(decisions.of(key).values(), envelopes.of(key).amount());
    }

    /** By how much the selected grants would exceed the envelope with this application selected for {@code grant}. */
    private BigDecimal excessAfter(Candidate candidate, @Nullable BigDecimal grant) {
        if (grant == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal others = decisions.of(candidate.ranking()).values().stream()
                .filter(decision -> !decision.applicationId().equals(candidate.applicationId()))
                .filter(decision -> decision.outcome() == Outcome.SELECTED && decision.granted() != null)
                .map(Decision::granted).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal excess = others.add(grant).subtract(envelopes.of(candidate.ranking()).amount());
        return excess.signum() > 0 ? excess : BigDecimal.ZERO;
    }

    /**
     * Issues the letters of every decided application of the round that has none yet; each is made and e-mailed
     * after commit. A letter is issued once; from then on its decision is final. Returns how many were issued.
     */
    @Transactional
    public int issueLetters(RankingKey key, SignedInUser officer) {
        requireDeadlinePassed(key, officer);
        int issued = 0;
        for (Decision decision : decisions.of(key).values()) {
            issued += issue(decision, key, officer) ? 1 : 0;
        }
        return issued;
    }

    /**
     * Issues the letter of one decided application, after the officer previewed it and confirmed (issue 17); false
     * when it was issued before.
     */
    @Transactional
    public boolean issueLetter(ApplicationId id, SignedInUser officer) {
        Candidate candidate = candidate(id, officer);
        window.requirePassed(id);
        Decision decision = decisions.find(id).orElseThrow(UnknownApplication::new);
        return issue(decision, candidate.ranking(), officer);
    }

    /** The officer writes this application's letter in {@code language} (en or lv) instead of the application's. */
    @Transactional
    public void chooseLetterLanguage(ApplicationId id, String language, SignedInUser officer) {
        Candidate candidate = candidate(id, officer);
        Decision decision = decisions.findOrUndecided(id);
        decision.chooseLetterLanguage(candidate, language);
        if (!decisions.save(decision)) {
            throw new DecisionFinal(candidate.applicationNumber());
        }
        audit.record(id, candidate.ranking().nationalAgencyCode(), "selection.letterLanguage",
                candidate.applicationNumber(), null, language, officer);
    }

    private boolean issue(Decision decision, RankingKey key, SignedInUser officer) {
        if (decision.locked()) {
            return false;
        }
        String language = decision.letterLanguage().orElseGet(() -> languages.of(decision.applicationId()));
        if (!decision.issueLetter(decisions.nextLetterReference(key), language, officer.displayName(),
                clock.instant()) || !decisions.save(decision)) {
            return false;
        }
        Candidate candidate = candidates.find(decision.applicationId()).orElseThrow();
        audit.record(decision.applicationId(), key.nationalAgencyCode(), "selection.letterIssued",
                candidate.applicationNumber(), null,
                decision.describe() + " [" + decision.letterLanguage().orElse(language) + "]", officer);
        statuses.letterIssued(decision.applicationId());
        decision.takeEvents().forEach(events::publishEvent);
        return true;
    }

    /**
     * R-SUB-01: the deadline of every application of the ranking has passed (the latest individual extension
     * counts, R-SUB-02); empty when decisions may be taken, else the deadline still open.
     */
    @Transactional(readOnly = true)
    public Optional<Deadline> stillOpen(RankingKey key, SignedInUser officer) {
        officer.requireOfficerOf(key.nationalAgencyCode());
        return window.stillOpen(candidates.idsOf(key));
    }

    /** R-SUB-01: the application's deadline while it has not passed yet. */
    @Transactional(readOnly = true)
    public Optional<Deadline> stillOpen(ApplicationId id, SignedInUser officer) {
        candidate(id, officer);
        return window.stillOpen(id);
    }

    private void requireDeadlinePassed(RankingKey key, SignedInUser officer) {
        stillOpen(key, officer).ifPresent(deadline -> {
            throw new RoundStillOpen(deadline);
        });
    }

    /** Saves a decision the officer or the ranking took, audits it and publishes its event; false when final. */
    private boolean saved(Candidate candidate, Decision decision, @Nullable String before, SignedInUser officer) {
        if (!decisions.save(decision)) {
            return false;
        }
        audit.record(candidate.applicationId(), candidate.ranking().nationalAgencyCode(),
                decision.overridden() ? "selection.decisionOverridden" : "selection.decided",
                candidate.applicationNumber(), before,
                decision.describe() + (decision.reason() == null ? "" : " (" + decision.reason() + ")"), officer);
        statuses.decisionRecorded(candidate.applicationId(), BackOfficeStatus.valueOf(decision.outcome().name()));
        decision.takeEvents().forEach(events::publishEvent);
        return true;
    }

    private static @Nullable String before(Decision decision) {
        return decision.taken() ? decision.describe() : null;
    }

    private Decision.Officer by(SignedInUser officer) {
        return new Decision.Officer(officer.id().value(), officer.email(), clock.instant());
    }

    /** The application's place on the reserve list of its ranking, 0 when it is not on it. */
    private int reservePosition(Candidate candidate) {
        Envelope envelope = envelopes.of(candidate.ranking());
        return Ranking.of(candidate.ranking(), candidates.of(candidate.ranking()), envelope.amount(),
                        envelope.reserveSize()).find(candidate.applicationId())
                .map(RankedApplication::reservePosition).map(position -> (int) position).orElse(0);
    }

    private void requireOpen(Candidate candidate) {
        Optional<Decision> decision = decisions.find(candidate.applicationId());
        if (decision.isPresent() && decision.get().locked()) {
            throw new DecisionFinal(candidate.applicationNumber());
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
