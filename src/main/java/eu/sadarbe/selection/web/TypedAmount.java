package eu.sadarbe.selection.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An amount of euros as an officer types it (issue 13, item 17): "300000", "300 000", "€300,000.50" on English pages,
 * "300 000,50" on Latvian ones. Grouping is accepted only where it cannot be read otherwise; anything else — letters,
 * a negative amount, more than two decimals, "300,000" on a Latvian page — is no amount, and the page says so.
 */
final class TypedAmount {

    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d{1,2})?");

    private TypedAmount() {
    }

    static @Nullable BigDecimal parse(@Nullable String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("(?i)eur|[\\s\u00a0\u202f€]", "");
        boolean latvian = "lv".equals(locale.getLanguage());
        String plain;
        if (!latvian && COMMA_GROUPS.matcher(digits).matches()) {
            plain = digits.replace(",", "");                       // 300,000.50
        } else if (latvian && DOT_GROUPS.matcher(digits).matches() && digits.indexOf('.') != digits.lastIndexOf('.')
                || latvian && DOT_GROUPS.matcher(digits).matches() && digits.contains(",")) {
            plain = digits.replace(".", "").replace(',', '.');     // 1.300.000 or 300.000,50
        } else if (PLAIN.matcher(digits).matches()) {
            plain = digits.replace(',', '.');                      // 300000, 300000.5, 300000,50
        } else {
            return null;
        }
        return new BigDecimal(plain);
    }
}
