package eu.sadarbe.assessment.experts;

/** The account is not an expert of the agency's pool (or not an expert at all). */
public class NotInPool extends RuntimeException {

    public NotInPool(String who) {
        super("Not an expert of the pool: " + who);
    }
}
