package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.selection.ApplicationPlacedOnReserve;
import eu.sadarbe.selection.ApplicationRejected;
import eu.sadarbe.selection.ApplicationSelected;

/**
 * The agency's decision on an application (R-AWD-05), who took it and when, and its letter. The ranking suggests it
 * for the whole round ({@link #select}, {@link #reserve}, {@link #reject}); the officer may override it for one
 * application with a reason ({@link #overrideSelect}, {@link #overrideReserve}, {@link #overrideReject}), and an
 * override is kept when the round's decisions are recorded again. Once the letter is issued the decision is final.
 * Each decision taken registers the past-tense event other modules listen to; {@link DecisionRepository} stores it.
 */
public final class Decision {

    private final ApplicationId applicationId;
    private @Nullable Outcome outcome;
    private @Nullable BigDecimal granted;
    private boolean overridden;
    private @Nullable String reason;
    private @Nullable UUID decidedBy;
    private @Nullable String decidedByEmail;
    private @Nullable Instant decidedAt;
    private @Nullable String letterLanguage;
    private @Nullable Instant letterIssuedAt;
    private @Nullable Integer letterSequence;
    private @Nullable String letterReference;
    private @Nullable String letterSignedBy;
    private @Nullable Instant letterMailedAt;
    private byte @Nullable [] letterMade;
    private final List<Object> events = new ArrayList<>();
    private boolean persisted;
    private boolean issuedWhenLoaded;

    /** A decision as stored (or, in tests of the letter, as it would be). */
    Decision(ApplicationId applicationId, Outcome outcome, @Nullable BigDecimal granted, boolean overridden,
             @Nullable String reason, UUID decidedBy, String decidedByEmail, Instant decidedAt,
             @Nullable Instant letterIssuedAt, @Nullable Instant letterMailedAt) {
        this(applicationId, outcome, granted, overridden, reason, decidedBy, decidedByEmail, decidedAt, null,
                letterIssuedAt, null, null, null, letterMailedAt);
    }

    Decision(ApplicationId applicationId, Outcome outcome, @Nullable BigDecimal granted, boolean overridden,
             @Nullable String reason, UUID decidedBy, String decidedByEmail, Instant decidedAt,
             @Nullable String letterLanguage, @Nullable Instant letterIssuedAt, @Nullable Integer letterSequence,
             @Nullable String letterReference, @Nullable String letterSignedBy,
             @Nullable Instant letterMailedAt) {
        this.applicationId = applicationId;
        this.outcome = outcome;
        this.granted = granted;
        this.overridden = overridden;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedByEmail = decidedByEmail;
        this.decidedAt = decidedAt;
        this.letterLanguage = letterLanguage;
        this.letterIssuedAt = letterIssuedAt;
        this.letterSequence = letterSequence;
        this.letterReference = letterReference;
        this.letterSignedBy = letterSignedBy;
        this.letterMailedAt = letterMailedAt;
        this.persisted = true;
        this.issuedWhenLoaded = letterIssuedAt != null;
    }

    private Decision(ApplicationId applicationId) {
        this.applicationId = applicationId;
    }

    /** The application is not decided yet; one of the verbs decides it. */
    public static Decision undecided(ApplicationId applicationId) {
        return new Decision(applicationId);
    }

    /** The officer who decides, and when. */
    public record Officer(UUID id, String email, Instant at) {
    }

    /** The ranking funds the candidate: selected for {@code grant}. False when the decision stays as it is. */
    public boolean select(Candidate candidate, BigDecimal grant, Officer by) {
        return follow(candidate, Outcome.SELECTED, grant, null, 0, by);
    }

    /** The ranking puts the candidate on the reserve list at {@code position}. */
    public boolean reserve(Candidate candidate, int position, Officer by) {
        return follow(candidate, Outcome.RESERVE, null, null, position, by);
    }

    /** The ranking leaves the candidate out: below the reserve list, below the pass marks (R-AWD-02), ineligible. */
    public boolean reject(Candidate candidate, @Nullable String why, Officer by) {
        return follow(candidate, Outcome.REJECTED, null, why, 0, by);
    }

    /**
     * The officer selects the candidate against the ranking, with a reason: for {@code grant}, or the grant the
     * ranking counts when none is given, never above the requested grant. Only a passing application is selected.
     */
    public boolean overrideSelect(Candidate candidate, @Nullable BigDecimal grant, @Nullable String why, Officer by) {
        String because = requireReason(why);
        requireCompetes(candidate);
        BigDecimal amount = grant == null ? candidate.granted() : grant;
        if (amount.signum() <= 0 || amount.compareTo(candidate.requestedGrant()) > 0) {
            throw new ChangeRefused("selection.problem.grantAmount");
        }
        return override(candidate, Outcome.SELECTED, amount, because, 0, by);
    }

    /** The officer puts a passing candidate on the reserve list against the ranking, with a reason. */
    public boolean overrideReserve(Candidate candidate, int position, @Nullable String why, Officer by) {
        String because = requireReason(why);
        requireCompetes(candidate);
        return override(candidate, Outcome.RESERVE, null, because, position, by);
    }

    /** The officer rejects the candidate against the ranking, with a reason. */
    public boolean overrideReject(Candidate candidate, @Nullable String why, Officer by) {
        return override(candidate, Outcome.REJECTED, null, requireReason(why), 0, by);
    }

    /** The officer has the letter written in {@code language} (en or lv) instead of the application's, until issued. */
    public void chooseLetterLanguage(Candidate candidate, String language) {
        if (!"en".equals(language) && !"lv".equals(language)) {
            throw new ChangeRefused("letters.problem.language");
        }
        requireTaken();
        if (locked()) {
            throw new DecisionFinal(candidate.applicationNumber());
        }
        this.letterLanguage = language;
    }

    /**
     * Issues the letter with its register number, in the language chosen for it or else {@code defaultLanguage}, and
     * signed by the officer; from then on the decision is final. False when the letter was issued before.
     */
    public boolean issueLetter(LetterReference reference, String defaultLanguage, String signedBy, Instant at) {
        requireTaken();
        if (locked()) {
            return false;
        }
        this.letterLanguage = letterLanguage == null ? defaultLanguage : letterLanguage;
        this.letterIssuedAt = at;
        this.letterSequence = reference.sequence();
        this.letterReference = reference.toString();
        this.letterSignedBy = signedBy;
        events.add(new DecisionLetterIssued(applicationId, letterLanguage));
        return true;
    }

    /** The issued letter was made as PDF/A; it is kept as made. */
    public void letterMade(byte[] pdf) {
        requireIssued();
        this.letterMade = pdf.clone();
    }

    /** The issued letter was e-mailed to the applicant. */
    public void letterMailed(Instant at) {
        requireIssued();
        this.letterMailedAt = at;
    }

    private boolean follow(Candidate candidate, Outcome decided, @Nullable BigDecimal grant, @Nullable String why,
                           int position, Officer by) {
        if (locked() || overridden) {
            return false;
        }
        return take(candidate, decided, grant, false, why, position, by);
    }

    private boolean override(Candidate candidate, Outcome decided, @Nullable BigDecimal grant, String why,
                             int position, Officer by) {
        if (locked()) {
            throw new DecisionFinal(candidate.applicationNumber());
        }
        return take(candidate, decided, grant, true, why, position, by);
    }

    private boolean take(Candidate candidate, Outcome decided, @Nullable BigDecimal grant, boolean override,
                         @Nullable String why, int position, Officer by) {
        if (!candidate.applicationId().equals(applicationId)) {
            throw new IllegalArgumentException("Candidate " + candidate.applicationId() + " is not " + applicationId);
        }
        if (outcome == decided && sameAmount(granted, grant) && overridden == override
                && Objects.equals(reason, why)) {
            return false;
        }
        this.outcome = decided;
        this.granted = grant;
        this.overridden = override;
        this.reason = why;
        this.decidedBy = by.id();
        this.decidedByEmail = by.email();
        this.decidedAt = by.at();
        events.add(switch (decided) {
            case SELECTED -> new ApplicationSelected(applicationId, candidate.applicationNumber(), candidate.ranking(),
                    Objects.requireNonNull(grant), by.id(), by.at());
            case RESERVE -> new ApplicationPlacedOnReserve(applicationId, candidate.applicationNumber(),
                    candidate.ranking(), position, by.id(), by.at());
            case REJECTED -> new ApplicationRejected(applicationId, candidate.applicationNumber(),
                    candidate.ranking(), why, by.id(), by.at());
        });
        return true;
    }

    private static String requireReason(@Nullable String why) {
        if (why == null || why.isBlank()) {
            throw new ChangeRefused("selection.problem.overrideReasonRequired");
        }
        return why.strip();
    }

    private static void requireCompetes(Candidate candidate) {
        if (!candidate.competes()) {
            throw new ChangeRefused("selection.problem.notPassing");
        }
    }

    private void requireTaken() {
        if (!taken()) {
            throw new ChangeRefused("letters.problem.noDecision");
        }
    }

    private void requireIssued() {
        if (!locked()) {
            throw new IllegalStateException("The letter of " + applicationId + " is not issued");
        }
    }

    private static boolean sameAmount(@Nullable BigDecimal one, @Nullable BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    /** The events registered since the decision was loaded, handed out once. */
    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Whether the application has been decided at all. */
    public boolean taken() {
        return outcome != null;
    }

    /** The letter is issued: the decision and the grant can no longer change. */
    public boolean locked() {
        return letterIssuedAt != null;
    }

    /** How the decision reads in the audit trail. */
    String describe() {
        return granted == null ? outcome().name() : outcome().name() + " " + granted.toPlainString();
    }

    public ApplicationId applicationId() { return applicationId; }
    public Outcome outcome() { return Objects.requireNonNull(outcome, "not decided yet"); }
    public @Nullable BigDecimal granted() { return granted; }
    public boolean overridden() { return overridden; }
    public @Nullable String reason() { return reason; }
    public UUID decidedBy() { return Objects.requireNonNull(decidedBy, "not decided yet"); }
    public String decidedByEmail() { return Objects.requireNonNull(decidedByEmail, "not decided yet"); }
    public Instant decidedAt() { return Objects.requireNonNull(decidedAt, "not decided yet"); }
    public Optional<String> letterLanguage() { return Optional.ofNullable(letterLanguage); }
    public @Nullable Instant letterIssuedAt() { return letterIssuedAt; }
    public @Nullable Integer letterSequence() { return letterSequence; }
    public @Nullable String letterReference() { return letterReference; }
    public @Nullable String letterSignedBy() { return letterSignedBy; }
    public @Nullable Instant letterMailedAt() { return letterMailedAt; }

    byte @Nullable [] letterToKeep() { return letterMade; }
    boolean isPersisted() { return persisted; }
    boolean wasIssuedWhenLoaded() { return issuedWhenLoaded; }

    void saved() {
        this.persisted = true;
        this.issuedWhenLoaded = letterIssuedAt != null;
        this.letterMade = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Decision decision && decision.applicationId.equals(applicationId);
    }

    @Override
    public int hashCode() {
        return applicationId.hashCode();
    }

    @Override
    public String toString() {
        return "Decision[" + applicationId + " " + (outcome == null ? "undecided" : describe()) + "]";
    }
}
