package eu.sadarbe.places;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.CountryCode;

/**
 * What a person types to name a place: a name with or without diacritics, optionally narrowed by a country code
 * after a comma ({@code Riga, LV}), a GeoNames reference ({@code geonames:456172}) or an Organisation ID
 * ({@code E10000001}), whose city the organisations register knows.
 */
public record PlaceReference(String text, String name, @Nullable CountryCode country, @Nullable Long geonamesId,
                             @Nullable String organisationId) {

    static final String GEONAMES_PREFIX = "geonames:";
    static final int MAXIMUM_LENGTH = 200;
    private static final Pattern ORGANISATION_ID = Pattern.compile("E\\d{8}");
    private static final Pattern GEONAMES = Pattern.compile("geonames:(\\d{1,12})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_AND_COUNTRY = Pattern.compile("(.+),\\s*([A-Za-z]{2})");

    /** Reads what was typed; {@link IllegalArgumentException} when it is blank or far too long. */
    public static PlaceReference parse(@Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > MAXIMUM_LENGTH) {
            throw new IllegalArgumentException("A place is blank or longer than " + MAXIMUM_LENGTH + " characters");
        }
        if (ORGANISATION_ID.matcher(text.toUpperCase(Locale.ROOT)).matches()) {
            return new PlaceReference(text, text, null, null, text.toUpperCase(Locale.ROOT));
        }
        Matcher geonames = GEONAMES.matcher(text);
        if (geonames.matches()) {
            return new PlaceReference(text, text, null, Long.valueOf(geonames.group(1)), null);
        }
        Matcher narrowed = NAME_AND_COUNTRY.matcher(text);
        if (narrowed.matches()) {
            return new PlaceReference(text, narrowed.group(1).strip(), commissionCode(narrowed.group(2)), null, null);
        }
        return new PlaceReference(text, text, null, null, null);
    }

    public boolean isOrganisation() {
        return organisationId != null;
    }

    public Optional<CountryCode> countryCode() {
        return Optional.ofNullable(country);
    }

    /** The Commission codes Greece EL and the United Kingdom UK; people also type GR and GB. */
    private static CountryCode commissionCode(String typed) {
        return switch (typed.toUpperCase(Locale.ROOT)) {
            case "GR" -> CountryCode.of("EL");
            case "GB" -> CountryCode.of("UK");
            default -> CountryCode.of(typed);
        };
    }
}
