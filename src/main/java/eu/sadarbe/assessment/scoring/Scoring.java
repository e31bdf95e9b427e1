package eu.sadarbe.assessment.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.AssignmentNotFound;
import eu.sadarbe.assessment.experts.AssignmentRepository;
import eu.sadarbe.assessment.experts.AssignmentRefused;
import eu.sadarbe.assessment.experts.AssignmentStatus;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.LateConflicts;
import eu.sadarbe.calls.RuleBook;

/**
 * An expert scores an application (R-AWD-01): drafts are saved as often as the page likes, the submission checks
 * every score and comment and locks the assessment. When the second assessment arrives and the totals lie too far
 * apart, the audit trail notes that a third expert is required (R-AWD-03).
 */
@Service
public class Scoring {

    /** Shorter comments explain nothing to the applicant or the officer. */
    public static final int MINIMUM_COMMENT_LENGTH = 30;
    public static final int MAXIMUM_COMMENT_LENGTH = 10_000;

    private final AssignmentRepository repository;
    private final ApplicationEventPublisher events;
    private final Assignments assignments;
    private final AssessableApplications applications;
    private final RuleBook ruleBook;
    private final AuditTrail audit;
    private final Clock clock;
    private final LateConflicts late;

    Scoring(AssignmentRepository repository, Assignments assignments, AssessableApplications applications,
            RuleBook ruleBook, AuditTrail audit, Clock clock, LateConflicts late, ApplicationEventPublisher events) {
        this.late = late;
        this.repository = repository;
        this.events = events;
        this.assignments = assignments;
        this.applications = applications;
        this.ruleBook = ruleBook;
        this.audit = audit;
        this.clock = clock;
    }

    /** The award figures of the application's call year and action type. */
    @Transactional(readOnly = true)
    public AwardRules rules(Assessable application) {
        return AwardRules.of(ruleBook.parametersFor(application.callYear(), application.actionType()));
    }

    /** The award rules of a call year's action type. */
    public AwardRules rules(int callYear, String actionType) {
        return AwardRules.of(ruleBook.parametersFor(callYear, actionType));
    }

    /** The expert's own sheet, once they declared no conflict of interest. */
    @Transactional(readOnly = true)
    public ScoreSheet sheet(SignedInUser expert, UUID assignmentId) {
        Assignment assignment = assignments.ofExpert(expert, assignmentId);
        if (assignment.status() == AssignmentStatus.OFFERED) {
            throw new AssignmentRefused("declareFirst");
        }
        return sheetOf(assignmentId);
    }

    @Transactional(readOnly = true)
    public ScoreSheet sheetOf(UUID assignmentId) {
        return repository.find(assignmentId).map(Assignment::sheet).orElseThrow(AssignmentNotFound::new);
    }

    /** Keeps the draft as it is, incomplete or not; only points beyond a maximum are refused (R-AWD-01). */
    @Transactional
    public ScoreSheet saveDraft(SignedInUser expert, UUID assignmentId, ScoreSheet draft) {
        Assignment assignment = open(expert, assignmentId);
        Assessable application = applications.byId(assignment.applicationId()).orElseThrow();
        List<ScoreProblem> problems = outOfRange(draft, rules(application));
        if (!problems.isEmpty()) {
            throw new ScoresInvalid(problems);
        }
        assignment.saveDraft(new ScoreSheet(assignmentId, draft.relevance(), draft.design(), draft.team(),
                draft.impact(), limit(draft.relevanceComment()), limit(draft.designComment()),
                limit(draft.teamComment()), limit(draft.impactComment()), draft.recommendedGrant(),
                limit(draft.grantJustification()), null, null), clock.instant());
        save(assignment);
        return assignment.sheet();
    }

    /** Submits the saved draft: every criterion scored and commented, then locked for good. */
    @Transactional
    public ScoreSheet submit(SignedInUser expert, UUID assignmentId) {
        Assignment assignment = open(expert, assignmentId);
        Assessable application = applications.byId(assignment.applicationId()).orElseThrow();
        ScoreSheet sheet = assignment.sheet();
        AwardRules rules = rules(application);
        List<ScoreProblem> problems = new ArrayList<>(outOfRange(sheet, rules));
        for (Criterion criterion : Criterion.values()) {
            if (sheet.points(criterion) == null) {
                problems.add(new ScoreProblem(criterion.key(), "scoring.error.pointsRequired",
                        List.of(rules.maximum(criterion))));
            }
            if (sheet.comment(criterion).strip().length() < MINIMUM_COMMENT_LENGTH) {
                problems.add(new ScoreProblem(criterion.key() + "Comment", "scoring.error.commentTooShort",
                        List.of(MINIMUM_COMMENT_LENGTH)));
            }
        }
        if (sheet.recommendedGrant() != null && sheet.grantJustification().isBlank()) {
            problems.add(new ScoreProblem("grantJustification", "scoring.error.justificationRequired", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new ScoresInvalid(problems);
        }
        assignment.submit(clock.instant());
        save(assignment);
        audit.record(application.applicationId(), application.nationalAgencyCode(), "scoreSubmitted",
                expert.email(), null, sheet.scores().toString(), expert);
        noteThirdExpertIfRequired(application, rules, expert);
        return assignment.sheet();
    }

    /** The submitted sheets of the application's counting assignments, in the order the experts were assigned. */
    @Transactional(readOnly = true)
    public List<ScoreSheet> submittedOf(List<Assignment> counting) {
        return counting.stream().filter(assignment -> assignment.status() == AssignmentStatus.SUBMITTED)
                .map(Assignment::sheet).toList();
    }

    private void noteThirdExpertIfRequired(Assessable application, AwardRules rules, SignedInUser expert) {
        List<Assignment> counting = assignments.of(application.applicationId()).stream()
                .filter(assignment -> assignment.status().counts()).toList();
        List<ScoreSheet> regular = submittedOf(counting.stream().filter(a -> !a.thirdExpert()).toList());
        boolean thirdAssigned = counting.stream().anyMatch(Assignment::thirdExpert);
        List<Integer> totals = regular.stream().map(sheet -> sheet.scores().total()).toList();
        if (rules.allRegularAssessmentsIn(totals.size()) && !thirdAssigned && rules.needsThirdExpert(totals)) {
            audit.record(application.applicationId(), application.nationalAgencyCode(), "thirdExpertRequired",
                    "R-AWD-03", null, totals.stream().map(String::valueOf).collect(Collectors.joining(" / ")),
                    expert);
        }
    }

    private Assignment open(SignedInUser expert, UUID assignmentId) {
        // A conflict found after the assignment suspends it before any more scoring (issue 13, item 12).
        late.review(expert.id(), expert);
        assignments.byId(assignmentId).filter(found -> found.expertId().equals(expert.id()))
                .filter(found -> found.status() == AssignmentStatus.SUSPENDED).ifPresent(found -> {
                    throw new AssignmentRefused("suspendedConflict");
                });
        Assignment assignment = assignments.ofExpert(expert, assignmentId);
        assignment.requireScoring();
        return assignment;
    }

    /** Saves the expert's change; a late conflict or a replacement meanwhile refuses it. */
    private void save(Assignment assignment) {
        if (!repository.save(assignment)) {
            throw new AssignmentRefused("suspendedConflict");
        }
        assignment.takeEvents().forEach(events::publishEvent);
    }

    private static List<ScoreProblem> outOfRange(ScoreSheet sheet, AwardRules rules) {
        List<ScoreProblem> problems = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Integer points = sheet.points(criterion);
            if (points != null && (points < 0 || points > rules.maximum(criterion))) {
                problems.add(new ScoreProblem(criterion.key(), "scoring.error.outOfRange",
                        List.of(rules.maximum(criterion))));
            }
        }
        if (sheet.recommendedGrant() != null && sheet.recommendedGrant().signum() < 0) {
            problems.add(new ScoreProblem("recommendedGrant", "scoring.error.grantNegative", List.of()));
        }
        return problems;
    }

    private static String limit(String text) {
        return text.length() > MAXIMUM_COMMENT_LENGTH ? text.substring(0, MAXIMUM_COMMENT_LENGTH) : text;
    }
}
