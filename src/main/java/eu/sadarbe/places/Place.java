package eu.sadarbe.places;

import java.util.List;
import java.util.Locale;

import eu.sadarbe.shared.CountryCode;

/**
 * A populated place of the gazetteer (GeoNames, CC BY 4.0), identified by its GeoNames id. {@code latvianNames}
 * holds the Latvian spellings the dataset knows ({@code Rīga}, {@code Cēsis}); {@code region} is the first-level
 * administrative division.
 */
public record Place(long geonamesId, String name, String asciiName, List<String> latvianNames, CountryCode country,
                    String region, double latitude, double longitude, long population) {

    public Place {
        latvianNames = List.copyOf(latvianNames);
    }

    /** The reference that picks exactly this place again, e.g. {@code geonames:456172}. */
    public String reference() {
        return PlaceReference.GEONAMES_PREFIX + geonamesId;
    }

    /** The name as a reader of this language writes it: {@code Rīga} in Latvian, {@code Riga} in English. */
    public String nameIn(Locale locale) {
        return "lv".equals(locale.getLanguage()) && !latvianNames.isEmpty() ? latvianNames.get(0) : name;
    }

    /** {@code Riga, LV}: the name with the country code, as a person would type it to find this place again. */
    public String label() {
        return name + ", " + country.value();
    }
}
