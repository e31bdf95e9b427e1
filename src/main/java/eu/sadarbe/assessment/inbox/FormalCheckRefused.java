package eu.sadarbe.assessment.inbox;

/**
 * A formal check the officer may not record: ineligible without a reason or a rule id, an unknown rule id, or a
 * check after the experts started ({@code reason} is the message-key suffix {@code formalCheck.refused.<reason>}).
 */
public class FormalCheckRefused extends RuntimeException {

    private final String reason;

    public FormalCheckRefused(String reason) {
        super("Formal check refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
