package eu.sadarbe.assessment.scoring;

import java.util.List;

import eu.sadarbe.assessment.AssessmentFixtures;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.AssignmentStatus;
import eu.sadarbe.assessment.experts.Assignments;

/** What experts do in tests: accept their assignments and submit scores with comments long enough. */
record ExpertWork(AssessmentFixtures fixtures, Assignments assignments, Scoring scoring) {

    static final String COMMENT = "A considered comment on this criterion, long enough to explain the points.";

    /** The application's counting assignments after suggesting experts for its round, each accepted. */
    List<Assignment> suggestedAndAccepted(Assessable application) {
        assignments.suggest(fixtures.person(AssessmentFixtures.ILZE), application.callYear(),
                application.roundNumber(), application.actionType());
        return assignments.of(application.applicationId()).stream()
                .filter(assignment -> assignment.status() == AssignmentStatus.OFFERED)
                .map(this::accept).toList();
    }

    Assignment accept(Assignment assignment) {
        return assignments.declare(fixtures.person(assignment.expertEmail()), assignment.id(), false, null);
    }

    ScoreSheet submit(Assignment assignment, Scores scores) {
        return submit(assignment, scores, COMMENT);
    }

    /** Submits the scores with this comment on every criterion. */
    ScoreSheet submit(Assignment assignment, Scores scores, String comment) {
        var expert = fixtures.person(assignment.expertEmail());
        scoring.saveDraft(expert, assignment.id(), new ScoreSheet(assignment.id(), scores.relevance(),
                scores.design(), scores.team(), scores.impact(), comment, comment, comment, comment, null, "",
                null, null));
        return scoring.submit(expert, assignment.id());
    }
}
