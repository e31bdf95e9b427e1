package eu.sadarbe.calls;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The countries of a call year as a person picks one from a list: the Programme Countries first, then the Partner
 * Countries (rules file §5), each group in the alphabetical order of the page's language — Latvian order on Latvian
 * pages (C, Č, D … S, Š … Z, Ž), English order on English ones.
 */
public record CountryChoices(List<Country> programmeCountries, List<Country> partnerCountries) {

    public CountryChoices {
        programmeCountries = List.copyOf(programmeCountries);
        partnerCountries = List.copyOf(partnerCountries);
    }

    public static CountryChoices of(List<Country> countries, Locale locale) {
        List<Country> sorted = sorted(countries, locale);
        return new CountryChoices(sorted.stream().filter(Country::isProgrammeCountry).toList(),
                sorted.stream().filter(country -> !country.isProgrammeCountry()).toList());
    }

    /** The countries by their names in the language of {@code locale}, in that language's alphabetical order. */
    public static List<Country> sorted(List<Country> countries, Locale locale) {
        return countries.stream().sorted(byName(locale)).toList();
    }

    public static Comparator<Country> byName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Comparator.comparing((Country country) -> country.name().in(locale), collator)
                .thenComparing(country -> country.code().value());
    }
}
