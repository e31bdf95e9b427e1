package eu.sadarbe.assessment.inbox;

import eu.sadarbe.shared.Refusal;

/**
 * A formal check the officer may not record: ineligible without a reason or a rule id, an unknown rule id, or a
 * check after the experts started ({@code reason} is the message-key suffix {@code formalCheck.refused.<reason>}).
 */
public class FormalCheckRefused extends RuntimeException implements Refusal {

    private final String reason;

    public FormalCheckRefused(String reason) {
        super("Formal check refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** A check after the experts started conflicts with the state; the others are an incomplete decision. */
    @Override
    public Kind kind() {
        return reason.equals("closed") ? Kind.CONFLICT : Kind.UNPROCESSABLE;
    }

    @Override
    public String messageKey() {
        return "formalCheck.refused." + reason;
    }
}
