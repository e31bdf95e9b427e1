package eu.sadarbe.selection.domain;

import eu.sadarbe.shared.Refusal;

/**
 * A change the officer asked for that the rules do not allow; {@code messageKey} words why (e.g. a grant above the
 * requested one, an override without a reason).
 */
public class ChangeRefused extends RuntimeException implements Refusal {

    private final String messageKey;
    private final Object[] arguments;

    public ChangeRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, e.g. the longest reserve list allowed; none for most refusals. */
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return arguments();
    }
}
