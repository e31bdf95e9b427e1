package eu.sadarbe.selection.domain;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One agency's wording for its decision letters (issue 17): how and by when a decision can be contested (for Latvia
 * under the Administrative Procedure Law) and the signatory's position, in English and Latvian. {@code confirmed}
 * stays false until the agency has confirmed the wording.
 */
public record LetterSettings(String agencyCode, String contestEn, String contestLv, String signatoryPositionEn,
                             String signatoryPositionLv, boolean confirmed, @Nullable String changedBy,
                             @Nullable Instant changedAt) {

    public String contest(Locale locale) {
        return latvian(locale) ? contestLv : contestEn;
    }

    public String signatoryPosition(Locale locale) {
        return latvian(locale) ? signatoryPositionLv : signatoryPositionEn;
    }

    private static boolean latvian(Locale locale) {
        return "lv".equals(locale.getLanguage());
    }
}
