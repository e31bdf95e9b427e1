package eu.sadarbe.selection.domain;

/**
 * A change the officer asked for that the rules do not allow; {@code messageKey} words why (e.g. a grant above the
 * requested one, an override without a reason).
 */
public class ChangeRefused extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public ChangeRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, e.g. the longest reserve list allowed; none for most refusals. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
