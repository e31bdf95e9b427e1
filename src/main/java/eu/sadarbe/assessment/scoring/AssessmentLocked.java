package eu.sadarbe.assessment.scoring;

import eu.sadarbe.shared.Refusal;

/** A submitted assessment is locked: nobody changes it any more. */
public class AssessmentLocked extends RuntimeException implements Refusal {

    public AssessmentLocked() {
        super("The assessment is submitted and locked");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return "scoring.problem.locked";
    }
}
