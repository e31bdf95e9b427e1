package eu.sadarbe.assessment.experts;

import eu.sadarbe.shared.Refusal;

/** No such assignment, or not one the reader may open: experts only see their own. */
public class AssignmentNotFound extends RuntimeException implements Refusal {

    public AssignmentNotFound() {
        super("No such assignment");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "scoring.problem.notFound";
    }
}
