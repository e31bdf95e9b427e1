package eu.sadarbe.eligibility;

import java.util.List;

/** Where a document breaks a rule (a JSON Pointer) and the message key with its arguments. */
public record RuleBreach(String path, String messageKey, List<Object> arguments) {

    public RuleBreach {
        arguments = List.copyOf(arguments);
    }

    static RuleBreach at(String path, String messageKey, Object... arguments) {
        return new RuleBreach(path, messageKey, List.of(arguments));
    }
}
