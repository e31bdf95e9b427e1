package eu.sadarbe.places.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTests {

    @Test
    void comparesNamesWithoutCaseOrDiacritics() {
        assertThat(PlaceNames.fold("Rīga")).isEqualTo("riga");
        assertThat(PlaceNames.fold("CĒSIS")).isEqualTo("cesis");
        assertThat(PlaceNames.fold("Łódź")).isEqualTo("lodz");
        assertThat(PlaceNames.fold("Ærøskøbing")).isEqualTo("aeroskobing");
        assertThat(PlaceNames.fold("Großröhrsdorf")).isEqualTo("grossrohrsdorf");
    }

    @Test
    void comparesNamesWithoutPunctuation() {
        assertThat(PlaceNames.fold("Frankfurt (Oder)")).isEqualTo("frankfurt oder");
        assertThat(PlaceNames.fold("frankfurt-oder")).isEqualTo("frankfurt oder");
        assertThat(PlaceNames.fold("  Sankt   Pölten ")).isEqualTo("sankt polten");
        assertThat(PlaceNames.fold("L'Aquila")).isEqualTo("laquila");
    }
}
