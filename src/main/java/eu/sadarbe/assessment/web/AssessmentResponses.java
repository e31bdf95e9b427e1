package eu.sadarbe.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.scoring.AssessmentState;
import eu.sadarbe.assessment.scoring.ConsolidatedScore;
import eu.sadarbe.assessment.scoring.Criterion;
import eu.sadarbe.assessment.scoring.ScoreSheet;
import eu.sadarbe.assessment.scoring.Scores;

/** The JSON of the assessment API: per application, per assignment and per expert's sheet. */
final class AssessmentResponses {

    private AssessmentResponses() {
    }

    /** One application with its experts, their totals and the final score when consolidated. */
    record ApplicationAssessment(UUID applicationId, String applicationNumber, int callYear, int roundNumber,
                                 String actionType, BigDecimal requestedGrant, List<AssignmentSummary> assignments,
                                 boolean thirdExpertRequired, @Nullable Integer suggestedTotal,
                                 @Nullable FinalScore finalScore) {

        static ApplicationAssessment of(AssessmentState state) {
            var application = state.application();
            return new ApplicationAssessment(application.applicationId().value(), application.applicationNumber(),
                    application.callYear(), application.roundNumber(), application.actionType(),
                    application.requestedGrant(),
                    state.sheets().stream().map(sheet -> AssignmentSummary.of(sheet.assignment(), sheet.sheet()))
                            .toList(),
                    state.awaitingThirdExpert(), state.suggestion() == null ? null : state.suggestion().total(),
                    state.consolidation().map(FinalScore::of).orElse(null));
        }
    }

    /** One page of the agency's assessments (issue 21): how many in all, which page of how many, and the page. */
    record AssessmentPage(long total, int page, int size, int pages, List<ApplicationAssessment> assessments) {
    }

    /** An expert's assignment as the officer sees it: the points only once submitted. */
    record AssignmentSummary(UUID assignmentId, String expertEmail, String status, boolean thirdExpert,
                             @Nullable Integer total) {

        static AssignmentSummary of(Assignment assignment, ScoreSheet sheet) {
            return new AssignmentSummary(assignment.id(), assignment.expertEmail(), assignment.status().name(),
                    assignment.thirdExpert(), sheet.submitted() ? sheet.total() : null);
        }
    }

    /** The consolidated score (R-AWD-02). */
    record FinalScore(Map<String, Integer> criteria, int total, boolean passed, @Nullable String overrideReason,
                      @Nullable BigDecimal recommendedGrant, String consolidatedBy, Instant consolidatedAt) {

        static FinalScore of(ConsolidatedScore score) {
            return new FinalScore(points(score.scores()), score.scores().total(), score.passed(),
                    score.overrideReason(), score.recommendedGrant(), score.consolidatedBy(),
                    score.consolidatedAt());
        }
    }

    /** An expert's own sheet: points (null while not given) and comments per criterion. */
    record Sheet(UUID assignmentId, String status, Map<String, @Nullable Integer> points,
                 Map<String, String> comments, @Nullable Integer total, @Nullable BigDecimal recommendedGrant,
                 String grantJustification, @Nullable Instant savedAt, @Nullable Instant submittedAt) {

        static Sheet of(Assignment assignment, ScoreSheet sheet) {
            Map<String, @Nullable Integer> points = new java.util.LinkedHashMap<>();
            Map<String, String> comments = new java.util.LinkedHashMap<>();
            for (Criterion criterion : Criterion.values()) {
                points.put(criterion.key(), sheet.points(criterion));
                comments.put(criterion.key(), sheet.comment(criterion));
            }
            return new Sheet(assignment.id(), sheet.submitted() ? "SUBMITTED" : assignment.status().name(), points,
                    comments, sheet.total(), sheet.recommendedGrant(), sheet.grantJustification(), sheet.savedAt(),
                    sheet.submittedAt());
        }
    }

    /** A draft sent by the expert: points and comments by criterion key. */
    record SheetRequest(@Nullable Map<String, @Nullable Integer> points, @Nullable Map<String, String> comments,
                        @Nullable BigDecimal recommendedGrant, @Nullable String grantJustification) {

        ScoreSheet toSheet(UUID assignmentId) {
            Map<String, @Nullable Integer> given = points == null ? Map.of() : points;
            Map<String, String> said = comments == null ? Map.of() : comments;
            return new ScoreSheet(assignmentId, given.get("relevance"), given.get("design"), given.get("team"),
                    given.get("impact"), said.getOrDefault("relevance", ""), said.getOrDefault("design", ""),
                    said.getOrDefault("team", ""), said.getOrDefault("impact", ""), recommendedGrant,
                    grantJustification == null ? "" : grantJustification, null, null);
        }
    }

    /** The expert's declaration on a conflict of interest. */
    record DeclarationRequest(boolean conflict, @Nullable String reason) {
    }

    private static Map<String, Integer> points(Scores scores) {
        Map<String, Integer> points = new java.util.LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            points.put(criterion.key(), scores.of(criterion));
        }
        return points;
    }
}
