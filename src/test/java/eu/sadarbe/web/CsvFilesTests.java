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
        assertThat(csv).isEqualTo("name,city\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Rīga\r\n");
    }
}
