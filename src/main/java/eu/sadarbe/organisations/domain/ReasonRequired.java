package eu.sadarbe.organisations.domain;

/** Rejecting an organisation needs a reason that the organisation can read. */
public class ReasonRequired extends RuntimeException {

    public ReasonRequired() {
        super("A reason is required");
    }
}
