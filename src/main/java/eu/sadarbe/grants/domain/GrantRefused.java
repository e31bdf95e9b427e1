package eu.sadarbe.grants.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the agreement refuses to do, with the message key the page and the API show (in the user's language) and,
 * where a programme rule is the ground, its id.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class GrantRefused extends RuntimeException {

    private final String messageKey;
    private final @Nullable String rule;
    private final transient Object[] arguments;

    public GrantRefused(String messageKey, @Nullable String rule, Object... arguments) {
        super(messageKey + (rule == null ? "" : " (" + rule + ")"));
        this.messageKey = messageKey;
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String rule() {
        return rule;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
