package eu.sadarbe.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file Sadarbe hands out is written here, so that no cell can be read as a formula by a spreadsheet
 * (OWASP "CSV injection"): a cell that begins with {@code = + - @}, a tab or a carriage return gets a leading
 * single quote, and Commons CSV quotes separators and quotes inside cells.
 */
public final class CsvFiles {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvFiles() {
    }

    /** A UTF-8 CSV file with a header row, each cell neutralised. */
    public static byte[] write(List<String> headers, List<? extends List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(headers.stream().map(CsvFiles::cell).toArray(String[]::new))
                        .get())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvFiles::cell).toList());
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    /** The text of one cell as a spreadsheet will show it, never as a formula. */
    public static String cell(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
