package eu.sadarbe.reporting.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a report refuses to do, with the message key the page and the API show (in the user's language) and, where a
 * programme rule is the ground, its id.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class ReportRefused extends RuntimeException {

    private final String messageKey;
    private final @Nullable String rule;
    private final transient Object[] arguments;

    public ReportRefused(String messageKey, @Nullable String rule, Object... arguments) {
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
