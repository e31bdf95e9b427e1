package eu.sadarbe.organisations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


class SearchKeysTests {

    @Test
    void comparesLatvianNamesWithoutCaseAndDiacritics() {
        assertThat(SearchKeys.of("Rīgas 1. vidusskola")).isEqualTo("rigas 1. vidusskola");
        assertThat(SearchKeys.of("JELGAVAS VALSTS ĢIMNĀZIJA")).isEqualTo(SearchKeys.of("Jelgavas valsts gimnazija"));
        assertThat(SearchKeys.of("  Cēsu   Valsts ģimnāzija ")).isEqualTo("cesu valsts gimnazija");
    }

    @Test
    void foldsLettersThatUnicodeDoesNotDecompose() {
        assertThat(SearchKeys.of("Łódź")).isEqualTo("lodz");
        assertThat(SearchKeys.of("Tromsø")).isEqualTo("tromso");
        assertThat(SearchKeys.of("Großenhain")).isEqualTo("grossenhain");
        assertThat(SearchKeys.of("Köln")).isEqualTo("koln");
    }

    @Test
    void comparesRegistrationNumbersWithoutSeparators() {
        assertThat(SearchKeys.ofRegistrationNumber("4000-3 245.678")).isEqualTo("40003245678");
    }

    @Test
    void escapesTheWildcardsOfLike() {
        assertThat(SearchKeys.likePattern("100%_x")).isEqualTo("%100\\%\\_x%");
    }
}
