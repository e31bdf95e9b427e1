package eu.sadarbe.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A country as the Commission codes it: ISO 3166-1 alpha-2, except {@code EL} for Greece and {@code UK} for
 * the United Kingdom (rules file §5.1).
 */
public record CountryCode(String value) {

    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        if (value == null || !TWO_LETTERS.matcher(value).matches()) {
            throw new InvalidCountryCode(String.valueOf(value));
        }
    }

    public static CountryCode of(String value) {
        if (value == null) {
            throw new InvalidCountryCode("null");
        }
        return new CountryCode(value.trim().toUpperCase(Locale.ROOT));
    }

    /** The ISO code that {@link Locale} knows the country by. */
    public String isoCode() {
        return switch (value) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> value;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
