package eu.sadarbe.assessment.scoring;

/** A submitted assessment is locked: nobody changes it any more. */
public class AssessmentLocked extends RuntimeException {

    public AssessmentLocked() {
        super("The assessment is submitted and locked");
    }
}
