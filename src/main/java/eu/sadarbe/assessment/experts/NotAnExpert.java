package eu.sadarbe.assessment.experts;

/** Only experts have assessments of their own; anyone else (applicants, officers) is refused. */
public class NotAnExpert extends RuntimeException {

    public NotAnExpert() {
        super("Only experts have assessments");
    }
}
