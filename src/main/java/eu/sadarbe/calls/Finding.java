package eu.sadarbe.calls;

import java.util.List;

/**
 * What checking a document against one rule found: the rule id of the checklist, its severity, a JSON Pointer
 * into the document and the message, named by a key of the message bundles with its arguments.
 */
public record Finding(String rule, Severity severity, String path, String messageKey, List<Object> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    public static Finding error(String rule, String path, String messageKey, Object... arguments) {
        return new Finding(rule, Severity.ERROR, path, messageKey, List.of(arguments));
    }

    public static Finding warning(String rule, String path, String messageKey, Object... arguments) {
        return new Finding(rule, Severity.WARNING, path, messageKey, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
