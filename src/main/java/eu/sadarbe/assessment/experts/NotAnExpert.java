package eu.sadarbe.assessment.experts;

import eu.sadarbe.shared.Refusal;

/** Only experts have assessments of their own; anyone else (applicants, officers) is refused. */
public class NotAnExpert extends RuntimeException implements Refusal {

    public NotAnExpert() {
        super("Only experts have assessments");
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }

    @Override
    public String messageKey() {
        return "scoring.problem.notAnExpert";
    }
}
