package eu.sadarbe.calls;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One extension of a whole round (R-SUB-03): the new deadline in Brussels time, the reason, and the administrator
 * who made it and when (null for extensions made before these were recorded).
 */
public record RoundExtension(LocalDateTime deadline, String reason, @Nullable String extendedBy,
                             @Nullable Instant extendedAt, @Nullable String reasonLv) {

    /** The reason in the page's language; the English text where no Latvian one was given. */
    public String reasonIn(Locale locale) {
        return "lv".equals(locale.getLanguage()) && reasonLv != null ? reasonLv : reason;
    }
}
