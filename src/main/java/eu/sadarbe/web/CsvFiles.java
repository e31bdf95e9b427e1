package eu.sadarbe.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Every CSV file Sadarbe hands out is written here, in a form a spreadsheet opens correctly: UTF-8 with a byte-order
 * mark (without it Excel reads "Rīga" as "RÄ«ga"), and the separator the reader's spreadsheet expects — Excel in a
 * Latvian (or most European) locale splits on {@code ;} and reads a decimal comma, in an English one on {@code ,}
 * with a decimal point. No cell can be read as a formula (OWASP "CSV injection"): a cell that begins with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, and Commons CSV quotes separators and
 * quotes inside cells.
 */
public final class CsvFiles {

    /** The byte-order mark that tells a spreadsheet the file is UTF-8. */
    public static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvFiles() {
    }

    /**
     * The separator of a CSV file someone uploads: a semicolon when its header row (outside quotes) has more
     * semicolons than commas — as Excel writes CSV in a Latvian locale — else a comma.
     */
    public static char separatorOf(String csv) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The separator between cells, and the decimal separator that goes with it. */
    public enum Separator {
        COMMA(',', '.'), SEMICOLON(';', ',');

        private final char delimiter;
        private final char decimal;

        Separator(char delimiter, char decimal) {
            this.delimiter = delimiter;
            this.decimal = decimal;
        }

        public char delimiter() {
            return delimiter;
        }

        /** Semicolons on Latvian pages, commas on English ones. */
        public static Separator forLocale(Locale locale) {
            return "lv".equals(locale.getLanguage()) ? SEMICOLON : COMMA;
        }

        /** The reader's choice ({@code comma} or {@code semicolon}); anything else gives the page language's. */
        public static Separator chosen(@Nullable String choice, Locale locale) {
            if (choice != null) {
                for (Separator separator : values()) {
                    if (separator.name().equalsIgnoreCase(choice.strip())) {
                        return separator;
                    }
                }
            }
            return forLocale(locale);
        }

        /** The other one, for the link that offers it. */
        public Separator other() {
            return this == COMMA ? SEMICOLON : COMMA;
        }

        /** The parameter value that asks for this separator. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** An amount as a spreadsheet of this separator reads a number: {@code 112411.00} or {@code 112411,00}. */
        public String number(BigDecimal amount) {
            return amount.toPlainString().replace('.', decimal);
        }
    }

    /** A UTF-8 CSV file with a BOM, commas and a header row, each cell neutralised. */
    public static byte[] write(List<String> headers, List<? extends List<String>> rows) {
        return write(Separator.COMMA, headers, rows);
    }

    /** A UTF-8 CSV file with a BOM, {@code separator} between cells and a header row, each cell neutralised. */
    public static byte[] write(Separator separator, List<String> headers, List<? extends List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setDelimiter(separator.delimiter())
                    .setHeader(headers.stream().map(CsvFiles::cell).toArray(String[]::new)).get());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvFiles::cell).toList());
            }
            printer.flush();
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
