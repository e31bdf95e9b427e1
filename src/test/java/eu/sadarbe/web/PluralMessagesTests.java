package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts pick their language's plural form (CLDR, through ICU), in every message of both bundles. */
class PluralMessagesTests {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    private final LocalisedMessages messages = new LocalisedMessages();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1|Atrasta 1 organizācija",
            "21|Atrasta 21 organizācija",
            "11|Atrastas 11 organizācijas",
            "0|Neviena organizācija nav atrasta",
            "10|Atrastas 10 organizācijas",
            "3|Atrastas 3 organizācijas"})
    void countsOrganisationsInLatvian(int count, String expected) {
        assertThat(messages.getMessage("partners.found", new Object[] {count}, LATVIAN)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1|1 punkts", "21|21 punkts", "31|31 punkts", "11|11 punkti", "0|0 punkti",
            "20|20 punkti", "76|76 punkti"})
    void countsPointsInLatvian(int points, String expected) {
        assertThat(messages.getMessage("agencyAssessments.suggestion", new Object[] {points, "sekmīgs"}, LATVIAN))
                .isEqualTo("Ieteiktais galīgais vērtējums: " + expected + ", sekmīgs.");
    }

    @Test
    void countsInEnglish() {
        assertThat(messages.getMessage("partners.found", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 organisation found");
        assertThat(messages.getMessage("partners.found", new Object[] {21}, Locale.ENGLISH))
                .isEqualTo("21 organisations found");
        assertThat(messages.getMessage("backoffice.inbox.count", new Object[] {1L}, Locale.ENGLISH))
                .isEqualTo("1 application matches");
        assertThat(messages.getMessage("routine.count", new Object[] {2}, Locale.ENGLISH))
                .startsWith("2 applications are routine cases: two experts' totals");
    }

    @Test
    void keepsTheJdkSyntaxOfTheOtherMessagesAndCountsGivenAsText() {
        assertThat(messages.getMessage("selection.rankingName", new Object[] {2020, 1, "KA201"}, Locale.ENGLISH))
                .startsWith("2020 round 1");
        assertThat(messages.getMessage("import.report.valid", new Object[] {"1"}, LATVIAN))
                .isEqualTo("1 rinda ir derīga.");
    }

    /** Every message of both bundles is a pattern ICU reads, and every plural of Latvian has its three forms. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "lv"})
    void everyPatternParsesAndLatvianPluralsHaveTheirForms(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/messages_" + language + ".properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            if (!pattern.contains("{0")) {
                continue;
            }
            new MessageFormat(pattern, Locale.forLanguageTag(language));
            if (language.equals("lv") && pattern.contains("plural,")) {
                assertThat(pattern).as(key).contains("one {").contains("other {");
            }
        }
    }
}
