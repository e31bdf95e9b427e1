package eu.sadarbe.assessment.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
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

    private final JdbcClient jdbc;
    private final Assignments assignments;
    private final AssessableApplications applications;
    private final RuleBook ruleBook;
    private final AuditTrail audit;
    private final Clock clock;
    private final LateConflicts late;

    Scoring(JdbcClient jdbc, Assignments assignments, AssessableApplications applications, RuleBook ruleBook,
            AuditTrail audit, Clock clock, LateConflicts late) {
        this.late = late;
        this.jdbc = jdbc;
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
        return jdbc.sql("SELECT * FROM assessment_assignment WHERE id = ?").param(assignmentId)
                .query(Scoring::sheet).single();
    }

    /** Keeps the draft as it is, incomplete or not; only points beyond a maximum are refused (R-AWD-01). */
    @Transactional
    public ScoreSheet saveDraft(SignedInUser expert, UUID assignmentId, ScoreSheet draft) {
        Assessable application = open(expert, assignmentId);
        List<ScoreProblem> problems = outOfRange(draft, rules(application));
        if (!problems.isEmpty()) {
            throw new ScoresInvalid(problems);
        }
        jdbc.sql("""
                        UPDATE assessment_assignment SET relevance_points = ?, design_points = ?, team_points = ?,
                            impact_points = ?, relevance_comment = ?, design_comment = ?, team_comment = ?,
                            impact_comment = ?, recommended_grant = ?, grant_justification = ?, saved_at = ?
                        WHERE id = ?""")
                .params(draft.relevance(), draft.design(), draft.team(), draft.impact(),
                        limit(draft.relevanceComment()), limit(draft.designComment()), limit(draft.teamComment()),
                        limit(draft.impactComment()), draft.recommendedGrant(), limit(draft.grantJustification()),
                        Timestamp.from(clock.instant()), assignmentId)
                .update();
        return sheetOf(assignmentId);
    }

    /** Submits the saved draft: every criterion scored and commented, then locked for good. */
    @Transactional
    public ScoreSheet submit(SignedInUser expert, UUID assignmentId) {
        Assessable application = open(expert, assignmentId);
        ScoreSheet sheet = sheetOf(assignmentId);
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
        Instant now = clock.instant();
        jdbc.sql("UPDATE assessment_assignment SET status = 'SUBMITTED', submitted_at = ? WHERE id = ?")
                .params(Timestamp.from(now), assignmentId).update();
        audit.record(application.applicationId(), application.nationalAgencyCode(), "scoreSubmitted",
                expert.email(), null, sheet.scores().toString(), expert);
        noteThirdExpertIfRequired(application, rules, expert);
        return sheetOf(assignmentId);
    }

    /** The submitted sheets of the application's counting assignments, in the order the experts were assigned. */
    @Transactional(readOnly = true)
    public List<ScoreSheet> submittedOf(List<Assignment> counting) {
        return counting.stream().filter(assignment -> assignment.status() == AssignmentStatus.SUBMITTED)
                .map(assignment -> sheetOf(assignment.id())).toList();
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

    private Assessable open(SignedInUser expert, UUID assignmentId) {
        // A conflict found after the assignment suspends it before any more scoring (issue 13, item 12).
        late.review(expert.id(), expert);
        assignments.byId(assignmentId).filter(found -> found.expertId().equals(expert.id()))
                .filter(found -> found.status() == AssignmentStatus.SUSPENDED).ifPresent(found -> {
                    throw new AssignmentRefused("suspendedConflict");
                });
        Assignment assignment = assignments.ofExpert(expert, assignmentId);
        if (assignment.status() == AssignmentStatus.SUBMITTED) {
            throw new AssessmentLocked();
        }
        if (assignment.status() != AssignmentStatus.ACCEPTED) {
            throw new AssignmentRefused("declareFirst");
        }
        return applications.byId(assignment.applicationId()).orElseThrow();
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

    private static ScoreSheet sheet(ResultSet row, int number) throws SQLException {
        Timestamp saved = row.getTimestamp("saved_at");
        Timestamp submitted = row.getTimestamp("submitted_at");
        return new ScoreSheet(row.getObject("id", UUID.class), integer(row, "relevance_points"),
                integer(row, "design_points"), integer(row, "team_points"), integer(row, "impact_points"),
                text(row, "relevance_comment"), text(row, "design_comment"), text(row, "team_comment"),
                text(row, "impact_comment"), row.getBigDecimal("recommended_grant"),
                text(row, "grant_justification"), saved == null ? null : saved.toInstant(),
                submitted == null ? null : submitted.toInstant());
    }

    private static @Nullable Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static String text(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? "" : value;
    }
}
