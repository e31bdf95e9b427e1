package eu.sadarbe.assessment.experts;

/** No such assignment, or not one the reader may open: experts only see their own. */
public class AssignmentNotFound extends RuntimeException {

    public AssignmentNotFound() {
        super("No such assignment");
    }
}
