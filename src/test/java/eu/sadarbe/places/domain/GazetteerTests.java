package eu.sadarbe.places.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import eu.sadarbe.places.Place;
import eu.sadarbe.places.PlaceLookup;
import eu.sadarbe.places.PlaceReference;
import eu.sadarbe.shared.CountryCode;

class GazetteerTests {

    static final Gazetteer gazetteer = new Gazetteer();
    static final long RIGA = 456172;
    static final long LISBON = 2267057;

    static PlaceLookup lookUp(String typed) {
        return gazetteer.lookUp(PlaceReference.parse(typed));
    }

    static Stream<String> programmeAndNeighbouringPartnerCountries() {
        return Stream.of("AT BE BG HR CY CZ DK EE FI FR DE EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE UK",
                        "MK IS LI NO TR RS", "CH AD MC SM VA AL BA XK ME UA BY MD GE AM AZ RU")
                .flatMap(codes -> Stream.of(codes.split(" ")));
    }

    @ParameterizedTest
    @MethodSource("programmeAndNeighbouringPartnerCountries")
    void holdsPlacesOfEveryProgrammeCountryAndNeighbouringPartnerCountry(String code) {
        assertThat(gazetteer.size(CountryCode.of(code))).isPositive();
    }

    @Test
    void usesTheCommissionsCodesForGreeceAndTheUnitedKingdom() {
        assertThat(gazetteer.size(CountryCode.of("GR"))).isZero();
        assertThat(gazetteer.size(CountryCode.of("GB"))).isZero();
        assertThat(lookUp("Athens, GR").place().country()).isEqualTo(CountryCode.of("EL"));
        assertThat(lookUp("London, UK").candidates()).extracting(Place::country).containsOnly(CountryCode.of("UK"));
    }

    @Nested
    class Names {

        @ParameterizedTest
        @ValueSource(strings = {"Rīga", "Riga", "riga", "RĪGA", " Riga ", "Riga, LV", "riga,lv"})
        void findsRigaWithOrWithoutDiacriticsAndCase(String typed) {
            PlaceLookup lookup = lookUp(typed);
            assertThat(lookup.isFound()).isTrue();
            assertThat(lookup.place().geonamesId()).isEqualTo(RIGA);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Cēsis", "Cesis", "cesis", "CĒSIS"})
        void findsCesisWithOrWithoutDiacritics(String typed) {
            assertThat(lookUp(typed).place().name()).isEqualTo("Cēsis");
        }

        @Test
        void writesLatvianNamesInLatvian() {
            Place riga = gazetteer.place(RIGA).orElseThrow();
            assertThat(riga.nameIn(Locale.forLanguageTag("lv"))).isEqualTo("Rīga");
            assertThat(riga.nameIn(Locale.ENGLISH)).isEqualTo("Riga");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Lisbon", "Lisboa", "Lisabona", "lisbon, PT"})
        void findsAPlaceByItsNameInOtherLanguages(String typed) {
            assertThat(lookUp(typed).place().geonamesId()).isEqualTo(LISBON);
        }

        @Test
        void findsAPlaceByItsGeoNamesReference() {
            assertThat(lookUp("geonames:456172").place().name()).isEqualTo("Riga");
            assertThat(lookUp("geonames:1").isUnknown()).isTrue();
        }

        @Test
        void knowsNoPlaceByANameNobodyUses() {
            assertThat(lookUp("Nowhereville").isUnknown()).isTrue();
            assertThat(lookUp("Riga, PT").isUnknown()).isTrue();
        }
    }

    @Nested
    class Ambiguity {

        @Test
        void asksWhichFrankfurtIsMeant() {
            PlaceLookup frankfurt = lookUp("Frankfurt");
            assertThat(frankfurt.isAmbiguous()).isTrue();
            assertThat(frankfurt.candidates()).extracting(Place::name)
                    .containsExactly("Frankfurt am Main", "Frankfurt (Oder)");
            assertThat(lookUp("Frankfurt, DE").isAmbiguous()).isTrue();
        }

        @Test
        void doesNotPickTheLargerPlaceOnlyBecauseItIsLarger() {
            PlaceLookup roma = lookUp("Roma");
            assertThat(roma.isAmbiguous()).isTrue();
            assertThat(roma.candidates()).extracting(place -> place.country().value()).contains("IT", "RO");
            assertThat(lookUp("Roma, IT").place().name()).isEqualTo("Rome");
            assertThat(lookUp("Paris").isAmbiguous()).isTrue();
            assertThat(lookUp("Paris, FR").place().population()).isGreaterThan(2_000_000);
        }

        @Test
        void listsTwentyCandidatesAtMostAndCountsTheOthers() {
            PlaceLookup san = lookUp("San");
            assertThat(san.candidates()).hasSize(Gazetteer.MAXIMUM_CANDIDATES);
            assertThat(san.moreCandidates()).isPositive();
        }
    }
}
