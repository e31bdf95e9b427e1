package eu.sadarbe.applications.document;

import java.util.List;

/**
 * One reason a document is not well formed, at its JSON Pointer. {@code kind} names the message
 * ({@code document.fault.<kind>}) that {@code arguments} fill in.
 */
public record DocumentFault(String pointer, Kind kind, List<String> arguments) {

    public DocumentFault {
        arguments = List.copyOf(arguments);
    }

    public enum Kind {
        NOT_JSON, WRONG_TYPE, MISSING, NOT_ALLOWED, UNKNOWN_COUNTRY, NEGATIVE, UNKNOWN_ORGANISATION, NO_IDENTIFIER,
        /** Longer than the field may be; the argument is the maximum number of characters. */
        TOO_LONG,
        /** A priority code that is not one of the call year's (R-ELIG-08); the argument is the code. */
        UNKNOWN_PRIORITY
    }
}
