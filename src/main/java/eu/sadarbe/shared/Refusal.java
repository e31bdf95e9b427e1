package eu.sadarbe.shared;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request refused by a rule or an access check, told the same way on every page and in the API: the kind gives
 * the HTTP status and the title, the message key and its arguments the words in the reader's language, and the
 * problem type names the refusal for API clients. Exceptions that refuse a request implement it; the web layer's
 * two error advices turn it into an error page or {@code application/problem+json}.
 */
public interface Refusal {

    /** What kind of refusal, and so the HTTP status. */
    enum Kind {
        MALFORMED(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), PRECONDITION_FAILED(412), TOO_LARGE(413),
        UNPROCESSABLE(422), PRECONDITION_REQUIRED(428);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    Kind kind();

    /** The message key of the detail, in both languages. */
    String messageKey();

    /** The arguments of the detail, formatted for the reader where they are dates, amounts or words. */
    default Object[] messageArguments(Wording wording) {
        return new Object[0];
    }

    /** The detail in the reader's words: the message of the key with its arguments, unless worded otherwise. */
    default String detail(Wording wording) {
        return wording.text(messageKey(), messageArguments(wording));
    }

    /** The URI naming the problem type for API clients, or null for {@code about:blank}. */
    default @Nullable String problemType() {
        return null;
    }

    /**
     * The message key of the problem type's own title (RFC 9457: the title belongs to the type), used only with a
     * {@link #problemType()}; without one ({@code about:blank}) the title is the status's, the same in every module.
     */
    default @Nullable String titleKey() {
        return null;
    }

    /** Further members of the problem (a rule id, the findings, the errors by field), worded for the reader. */
    default Map<String, Object> problemProperties(Wording wording) {
        return Map.of();
    }

    /** The reader's language and the message bundles, for properties that carry words. */
    interface Wording {

        Locale locale();

        String text(String key, Object... arguments);
    }
}
