package eu.sadarbe.selection.domain;

/**
 * A change the officer asked for that the rules do not allow; {@code messageKey} words why (e.g. a grant above the
 * requested one, an override without a reason).
 */
public class ChangeRefused extends RuntimeException {

    private final String messageKey;

    public ChangeRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
