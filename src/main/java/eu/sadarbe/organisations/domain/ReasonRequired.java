package eu.sadarbe.organisations.domain;

import eu.sadarbe.shared.Refusal;

/** Rejecting an organisation needs a reason that the organisation can read. */
public class ReasonRequired extends RuntimeException implements Refusal {

    public ReasonRequired() {
        super("A reason is required");
    }

    @Override
    public Kind kind() {
        return Kind.MALFORMED;
    }

    @Override
    public String messageKey() {
        return "organisation.error.reason";
    }
}
