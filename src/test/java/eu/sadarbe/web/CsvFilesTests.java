package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP CSV injection: no cell of an exported file may start a formula in a spreadsheet. */
class CsvFilesTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+371 2000", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void prefixesCellsThatAFormulaCouldStartWithAQuote(String text) {
        assertThat(CsvFiles.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Rīgas skola", "1+1", "a=b", "'quoted", " =1"})
    void leavesOtherCellsAsTheyAre(String text) {
        assertThat(CsvFiles.cell(text)).isEqualTo(text);
    }

    @Test
    void writesEveryCellNeutralisedAndQuotedWhereNeeded() {
        String csv = new String(CsvFiles.write(List.of("name", "city"),
                List.of(List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "Rīga"))), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFname,city\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Rīga\r\n");
    }

    /** Excel in a Latvian locale opens a CSV with semicolons, a decimal comma and a byte-order mark correctly. */
    @Test
    void writesSemicolonsAndDecimalCommasForLatvianSpreadsheets() {
        CsvFiles.Separator separator = CsvFiles.Separator.forLocale(java.util.Locale.forLanguageTag("lv"));
        assertThat(separator).isEqualTo(CsvFiles.Separator.SEMICOLON);
        byte[] bytes = CsvFiles.write(separator, List.of("nosaukums", "summa"),
                List.of(List.of("Rīgas skola; filiāle", separator.number(new java.math.BigDecimal("112411.50")))));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFnosaukums;summa\r\n\"Rīgas skola; filiāle\";112411,50\r\n");
        assertThat(CsvFiles.Separator.chosen("comma", java.util.Locale.forLanguageTag("lv")))
                .isEqualTo(CsvFiles.Separator.COMMA);
        assertThat(CsvFiles.Separator.chosen(null, java.util.Locale.ENGLISH)).isEqualTo(CsvFiles.Separator.COMMA);
    }
}
