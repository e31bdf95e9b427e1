package eu.sadarbe.payments;

/**
 * A payment order cannot do what was asked: {@code messageKey} names the reason in the user's language, with its
 * rule id where a rule says so (R-PAY-01, R-PAY-02).
 */
public class PaymentRefused extends RuntimeException {

    private final String messageKey;

    public PaymentRefused(String messageKey, String explanation) {
        super(explanation);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
