package eu.sadarbe.grants.domain;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.Refusal;

/**
 * What the agreement refuses to do, with the message key the page and the API show (in the user's language) and,
 * where a programme rule is the ground, its id.
 */
public class GrantRefused extends RuntimeException implements Refusal {

    private final String messageKey;
    private final @Nullable String rule;
    private final transient Object[] arguments;

    public GrantRefused(String messageKey, @Nullable String rule, Object... arguments) {
        super(messageKey + (rule == null ? "" : " (" + rule + ")"));
        this.messageKey = messageKey;
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public @Nullable String rule() {
        return rule;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return arguments();
    }

    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return rule == null ? Map.of() : Map.of("rule", rule);
    }
}
