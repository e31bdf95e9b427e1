package eu.sadarbe.selection.domain;

/** The decision letter was issued: the decision and the grant can no longer change. */
public class DecisionFinal extends RuntimeException {

    public DecisionFinal(String applicationNumber) {
        super("The decision letter of " + applicationNumber + " was issued");
    }
}
