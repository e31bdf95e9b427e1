package eu.sadarbe.assessment.experts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.scoring.AssessmentLocked;
import eu.sadarbe.assessment.scoring.ScoreSheet;

/**
 * One expert assigned to one application (Guide for Experts, §3), with the expert's score sheet (R-AWD-01): suggested
 * or assigned by the officer, it is offered to the expert, who declares a conflict of interest or none before seeing
 * the application; an accepted assignment is scored in drafts and submitted once, which locks it. The officer
 * replaces an expert who has not submitted; a conflict found later suspends an open assignment
 * ({@link LateConflicts}). {@code reason} says why: for a suggestion {@code suggested|<field>|<language>|<workload>},
 * for a declared conflict the expert's words, for a suspension {@code conflict|<reason>|<organisation>}. Each change
 * registers a past-tense event; {@link AssignmentRepository} stores it.
 */
public final class Assignment {

    private final UUID id;
    private final ApplicationId applicationId;
    private final AccountId expertId;
    private final String expertEmail;
    private final String expertName;
    private AssignmentStatus status;
    private final boolean thirdExpert;
    private @Nullable String reason;
    private final Instant assignedAt;
    private @Nullable Instant declaredAt;
    private ScoreSheet sheet;
    private final List<Object> events = new ArrayList<>();
    private @Nullable AssignmentStatus statusWhenLoaded;

    Assignment(UUID id, ApplicationId applicationId, AccountId expertId, String expertEmail, String expertName,
               AssignmentStatus status, boolean thirdExpert, @Nullable String reason, Instant assignedAt,
               @Nullable Instant declaredAt, ScoreSheet sheet) {
        this.id = id;
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.expertEmail = expertEmail;
        this.expertName = expertName;
        this.status = status;
        this.thirdExpert = thirdExpert;
        this.reason = reason;
        this.assignedAt = assignedAt;
        this.declaredAt = declaredAt;
        this.sheet = sheet;
        this.statusWhenLoaded = status;
    }

    /**
     * Suggests a suitable candidate (field and language matched, no conflict of interest) for the application: the
     * assignment is offered to the expert with the grounds of the suggestion. An unsuitable one is refused.
     */
    public static Assignment suggest(Assessable application, Candidate candidate, boolean thirdExpert, Instant at) {
        if (!candidate.suitable()) {
            throw new AssignmentRefused("noSuitableExpert");
        }
        return offer(application, candidate, thirdExpert, at);
    }

    /**
     * The officer's own choice of expert, offered to them; refused with the reasons when the expert has a conflict of
     * interest. The grounds are kept when the expert is suitable as well.
     */
    public static Assignment assign(Assessable application, Candidate candidate, boolean thirdExpert, Instant at) {
        if (!candidate.conflicts().isEmpty()) {
            throw new ConflictFound(candidate.conflicts());
        }
        return offer(application, candidate, thirdExpert, at);
    }

    private static Assignment offer(Assessable application, Candidate candidate, boolean thirdExpert, Instant at) {
        UUID id = UUID.randomUUID();
        Expert expert = candidate.expert();
        String grounds = candidate.suitable() ? "suggested|" + application.actionType() + "|"
                + application.language() + "|" + candidate.workload() : null;
        Assignment assignment = new Assignment(id, application.applicationId(), expert.accountId(), expert.email(),
                expert.displayName(), AssignmentStatus.OFFERED, thirdExpert, grounds, at, null, ScoreSheet.empty(id));
        assignment.statusWhenLoaded = null;
        assignment.events.add(new Offered(id, application.applicationId(), expert.accountId(), thirdExpert, at));
        return assignment;
    }

    /**
     * The expert declares, before seeing the application, whether they have a conflict of interest: none accepts the
     * assignment, a conflict (in the expert's words) releases it. Declared once.
     */
    public void declare(boolean conflict, @Nullable String words, Instant at) {
        if (status != AssignmentStatus.OFFERED) {
            throw new AssignmentRefused("declaredAlready");
        }
        this.status = conflict ? AssignmentStatus.CONFLICT_DECLARED : AssignmentStatus.ACCEPTED;
        if (conflict && words != null) {
            this.reason = words;
        }
        this.declaredAt = at;
        events.add(new Declared(id, applicationId, expertId, conflict, at));
    }

    /** Keeps the expert's draft as it is, complete or not, while the assignment is accepted and not submitted. */
    public void saveDraft(ScoreSheet draft, Instant at) {
        requireScoring();
        this.sheet = new ScoreSheet(id, draft.relevance(), draft.design(), draft.team(), draft.impact(),
                draft.relevanceComment(), draft.designComment(), draft.teamComment(), draft.impactComment(),
                draft.recommendedGrant(), draft.grantJustification(), at, null);
    }

    /** Submits the saved draft (the caller checked it is complete, R-AWD-01): the assessment is locked for good. */
    public void submit(Instant at) {
        requireScoring();
        this.status = AssignmentStatus.SUBMITTED;
        this.sheet = new ScoreSheet(id, sheet.relevance(), sheet.design(), sheet.team(), sheet.impact(),
                sheet.relevanceComment(), sheet.designComment(), sheet.teamComment(), sheet.impactComment(),
                sheet.recommendedGrant(), sheet.grantJustification(), sheet.savedAt(), at);
        events.add(new Submitted(id, applicationId, expertId, at));
    }

    /** The officer replaces the expert: refused once the scores are submitted, or when replaced already. */
    public void replace(Instant at) {
        if (status == AssignmentStatus.SUBMITTED || status == AssignmentStatus.REPLACED) {
            throw new AssignmentRefused("notReplaceable");
        }
        this.status = AssignmentStatus.REPLACED;
        events.add(new Replaced(id, applicationId, expertId, at));
    }

    /**
     * A conflict of interest came to light after the assignment: an open one (offered or accepted) is suspended, and
     * the expert can no longer score it. False when it is not open (nothing changes).
     */
    public boolean suspend(ConflictOfInterest conflict, Instant at) {
        if (!open()) {
            return false;
        }
        this.status = AssignmentStatus.SUSPENDED;
        this.reason = "conflict|" + conflict.reason() + "|" + conflict.organisationOid();
        events.add(new Suspended(id, applicationId, expertId, conflict.reason(), at));
        return true;
    }

    /** Refused unless the expert may score: accepted, neither submitted nor suspended. */
    public void requireScoring() {
        switch (status) {
            case ACCEPTED -> { }
            case SUBMITTED -> throw new AssessmentLocked();
            case SUSPENDED -> throw new AssignmentRefused("suspendedConflict");
            default -> throw new AssignmentRefused("declareFirst");
        }
    }

    /** Offered or accepted: not submitted, not released. */
    public boolean open() {
        return status == AssignmentStatus.OFFERED || status == AssignmentStatus.ACCEPTED;
    }

    public boolean isSuggestion() {
        return reason != null && reason.startsWith("suggested|");
    }

    /** The field, language and workload a suggestion was based on. */
    public List<String> suggestionGrounds() {
        return isSuggestion() ? List.of(Objects.requireNonNull(reason).split("\\|")).subList(1, 4) : List.of();
    }

    /** The events registered since the assignment was loaded, handed out once. */
    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public UUID id() { return id; }
    public ApplicationId applicationId() { return applicationId; }
    public AccountId expertId() { return expertId; }
    public String expertEmail() { return expertEmail; }
    public String expertName() { return expertName; }
    public AssignmentStatus status() { return status; }
    public boolean thirdExpert() { return thirdExpert; }
    public @Nullable String reason() { return reason; }
    public Instant assignedAt() { return assignedAt; }
    public @Nullable Instant declaredAt() { return declaredAt; }
    public ScoreSheet sheet() { return sheet; }

    /** The status it had when loaded, null before it was first saved. */
    @Nullable AssignmentStatus statusWhenLoaded() { return statusWhenLoaded; }

    void saved() {
        this.statusWhenLoaded = status;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assignment assignment && assignment.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Assignment[" + id + " " + expertEmail + " " + status + "]";
    }

    /** The expert was offered the application. */
    public record Offered(UUID assignmentId, ApplicationId applicationId, AccountId expertId, boolean thirdExpert,
                          Instant at) {
    }

    /** The expert declared a conflict of interest, or none. */
    public record Declared(UUID assignmentId, ApplicationId applicationId, AccountId expertId, boolean conflict,
                           Instant at) {
    }

    /** The expert submitted the scores (R-AWD-01). */
    public record Submitted(UUID assignmentId, ApplicationId applicationId, AccountId expertId, Instant at) {
    }

    /** The officer replaced the expert. */
    public record Replaced(UUID assignmentId, ApplicationId applicationId, AccountId expertId, Instant at) {
    }

    /** A conflict of interest found after the assignment suspended it. */
    public record Suspended(UUID assignmentId, ApplicationId applicationId, AccountId expertId, String conflict,
                            Instant at) {
    }
}
