package eu.sadarbe.calls;

/** A call year has one round of a given number per action type. */
public class RoundExistsAlready extends RuntimeException {

    public RoundExistsAlready(int callYear, int roundNumber, String actionType) {
        super("Round " + roundNumber + " of the " + callYear + " call exists already for " + actionType);
    }
}
