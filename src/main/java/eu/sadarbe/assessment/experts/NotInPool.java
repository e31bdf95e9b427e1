package eu.sadarbe.assessment.experts;

import eu.sadarbe.shared.Refusal;

/** The account is not an expert of the agency's pool (or not an expert at all). */
public class NotInPool extends RuntimeException implements Refusal {

    public NotInPool(String who) {
        super("Not an expert of the pool: " + who);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "experts.problem.notInPool";
    }
}
