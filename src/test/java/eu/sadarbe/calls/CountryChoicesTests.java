package eu.sadarbe.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.LocalisedText;

/** Country lists in the alphabetical order of the page's language, Programme Countries first (issue 13). */
class CountryChoicesTests {

    static final Locale LATVIAN = Locale.forLanguageTag("lv");

    static Country country(String code, String english, String latvian, Participation participation) {
        return new Country(CountryCode.of(code), new LocalisedText(english, latvian), 2020, participation, "1");
    }

    static final List<Country> COUNTRIES = List.of(
            country("CZ", "Czechia", "Čehija", Participation.PROGRAMME),
            country("CY", "Cyprus", "Kipra", Participation.PROGRAMME),
            country("DK", "Denmark", "Dānija", Participation.PROGRAMME),
            country("CH", "Switzerland", "Šveice", Participation.PARTNER),
            country("SY", "Syria", "Sīrija", Participation.PARTNER),
            country("CN", "China", "Ķīna", Participation.PARTNER),
            country("CL", "Chile", "Čīle", Participation.PARTNER),
            country("CU", "Cuba", "Kuba", Participation.PARTNER),
            country("ZW", "Zimbabwe", "Zimbabve", Participation.PARTNER),
            country("ZA", "South Africa", "Dienvidāfrika", Participation.PARTNER));

    static List<String> names(List<Country> countries, Locale locale) {
        return countries.stream().map(country -> country.name().in(locale)).toList();
    }

    @Test
    void sortsLatvianNamesInLatvianOrder() {
        // Latvian: C before Č, K before Ķ, S before Š (English collation would mix Č with C, Š with S)
        assertThat(names(CountryChoices.sorted(COUNTRIES, LATVIAN), LATVIAN)).containsExactly(
                "Čehija", "Čīle", "Dānija", "Dienvidāfrika", "Kipra", "Kuba", "Ķīna", "Sīrija", "Šveice", "Zimbabve");
    }

    @Test
    void sortsEnglishNamesInEnglishOrder() {
        assertThat(names(CountryChoices.sorted(COUNTRIES, Locale.ENGLISH), Locale.ENGLISH)).containsExactly(
                "Chile", "China", "Cuba", "Cyprus", "Czechia", "Denmark", "South Africa", "Switzerland", "Syria",
                "Zimbabwe");
    }

    @Test
    void putsTheProgrammeCountriesFirst() {
        CountryChoices choices = CountryChoices.of(COUNTRIES, LATVIAN);
        assertThat(names(choices.programmeCountries(), LATVIAN)).containsExactly("Čehija", "Dānija", "Kipra");
        assertThat(names(choices.partnerCountries(), LATVIAN)).containsExactly(
                "Čīle", "Dienvidāfrika", "Kuba", "Ķīna", "Sīrija", "Šveice", "Zimbabve");
    }

    @Test
    void collatesLatvianLettersAfterTheirBaseLetters() {
        List<Country> tricky = List.of(country("ZM", "a", "Žagari", Participation.PARTNER),
                country("NZ", "b", "Zeme", Participation.PARTNER), country("GE", "c", "Ģeorgija", Participation.PARTNER),
                country("GN", "d", "Gvineja", Participation.PARTNER), country("NP", "e", "Ņujorka", Participation.PARTNER),
                country("NL", "f", "Nīderlande", Participation.PARTNER));
        assertThat(names(CountryChoices.sorted(tricky, LATVIAN), LATVIAN))
                .containsExactly("Gvineja", "Ģeorgija", "Nīderlande", "Ņujorka", "Zeme", "Žagari");
    }
}
