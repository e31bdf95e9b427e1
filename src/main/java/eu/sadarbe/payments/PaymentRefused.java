package eu.sadarbe.payments;

import eu.sadarbe.shared.Refusal;

/**
 * A payment order cannot do what was asked: {@code messageKey} names the reason in the user's language, with its
 * rule id where a rule says so (R-PAY-01, R-PAY-02). It conflicts with the order's state (409).
 */
public class PaymentRefused extends RuntimeException implements Refusal {

    private final String messageKey;

    public PaymentRefused(String messageKey, String explanation) {
        super(explanation);
        this.messageKey = messageKey;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
