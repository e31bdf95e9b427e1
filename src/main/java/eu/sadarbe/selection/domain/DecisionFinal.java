package eu.sadarbe.selection.domain;

import eu.sadarbe.shared.Refusal;

/** The decision letter was issued: the decision and the grant can no longer change. */
public class DecisionFinal extends RuntimeException implements Refusal {

    public DecisionFinal(String applicationNumber) {
        super("The decision letter of " + applicationNumber + " was issued");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return "selection.problem.decisionFinal";
    }
}
