package eu.sadarbe.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import eu.sadarbe.results.domain.SearchText;

class SearchTextTests {

    @Test
    void latvianLettersFoldToTheirBaseLetters() {
        assertThat(SearchText.fold("Rīgas Valsts 1. ĢIMNĀZIJA")).isEqualTo("rigas valsts 1 gimnazija");
        assertThat(SearchText.fold("Ķekava, Līvāni — Ērgļi")).isEqualTo("kekava livani ergli");
        assertThat(SearchText.fold("Łódź Straße")).isEqualTo("lodz strasse");
    }

    @Test
    void aQueryIsItsFoldedWordsOfLettersAndDigitsOnly() {
        assertThat(SearchText.words("  Rīga & 'DROP TABLE' %_ ")).containsExactly("riga", "drop", "table");
        assertThat(SearchText.words(null)).isEmpty();
        assertThat(SearchText.words("a b c d e f g h i j k l")).hasSize(10);
    }
}
