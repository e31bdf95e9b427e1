package eu.sadarbe.calls;

/** A rule needs a figure that the data for this call year and action type does not hold (R-GEN-01). */
public class MissingRuleFigure extends RuntimeException {

    public MissingRuleFigure(int callYear, String actionType, String figure) {
        super("No figure " + figure + " for call year " + callYear + " and action type " + actionType);
    }
}
