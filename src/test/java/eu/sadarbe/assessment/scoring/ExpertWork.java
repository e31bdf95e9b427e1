package eu.sadarbe.assessment.scoring;

import java.util.List;
import java.util.function.Function;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.OwnExperts;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.AssignmentStatus;
import eu.sadarbe.assessment.experts.Assignments;

/**
 * What experts do in tests: accept their assignments and submit scores with comments long enough. The officer
 * suggests them; {@code people} are the experts by their addresses.
 */
record ExpertWork(SignedInUser officer, Function<String, SignedInUser> people, Assignments assignments,
                  Scoring scoring) {

    static final String COMMENT = "A considered comment on this criterion, long enough to explain the points.";

    /** A module test's own officer and experts of EE01. */
    ExpertWork(OwnExperts experts, Assignments assignments, Scoring scoring) {
        this(experts.officer(), experts::byEmail, assignments, scoring);
    }

    /** The application's counting assignments after suggesting experts for its round, each accepted. */
    List<Assignment> suggestedAndAccepted(Assessable application) {
        assignments.suggest(officer, application.callYear(), application.roundNumber(), application.actionType());
        return assignments.of(application.applicationId()).stream()
                .filter(assignment -> assignment.status() == AssignmentStatus.OFFERED)
                .map(this::accept).toList();
    }

    Assignment accept(Assignment assignment) {
        return assignments.declare(people.apply(assignment.expertEmail()), assignment.id(), false, null);
    }

    ScoreSheet submit(Assignment assignment, Scores scores) {
        return submit(assignment, scores, COMMENT);
    }

    /** Submits the scores with this comment on every criterion. */
    ScoreSheet submit(Assignment assignment, Scores scores, String comment) {
        var expert = people.apply(assignment.expertEmail());
        scoring.saveDraft(expert, assignment.id(), new ScoreSheet(assignment.id(), scores.relevance(),
                scores.design(), scores.team(), scores.impact(), comment, comment, comment, comment, null, "",
                null, null));
        return scoring.submit(expert, assignment.id());
    }
}
