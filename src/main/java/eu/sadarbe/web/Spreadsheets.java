package eu.sadarbe.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.Money;

/**
 * Every .xlsx file Sadarbe hands out is written here, so that each opens the same way: the header in row 1 in bold,
 * frozen, with an autofilter over the data; euro amounts ({@link BigDecimal} or {@link Money}) as numbers with a €
 * format, other numbers as numbers, dates and moments (Brussels time) as dates, everything else as text — a text
 * cell is never a formula. Columns are as wide as their longest value, within limits.
 */
public final class Spreadsheets implements AutoCloseable {

    /** Excel keeps at most this many characters in a cell; longer texts are cut with a mark. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle euros;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle moment;
    private final CellStyle text;

    private Spreadsheets(Locale locale) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        var formats = workbook.createDataFormat();
        euros = style(formats.getFormat("#,##0.00\\ \"€\""));
        integer = style(formats.getFormat("0"));
        decimal = style(formats.getFormat("#,##0.##"));
        boolean latvian = "lv".equals(locale.getLanguage());
        date = style(formats.getFormat(latvian ? "dd.mm.yyyy" : "d mmm yyyy"));
        moment = style(formats.getFormat(latvian ? "dd.mm.yyyy hh:mm" : "d mmm yyyy hh:mm"));
        text = workbook.createCellStyle();
        text.setWrapText(false);
    }

    /** A new workbook whose dates are written as {@code locale}'s language writes them. */
    public static Spreadsheets in(Locale locale) {
        return new Spreadsheets(locale);
    }

    /**
     * A sheet of {@code headers} and {@code rows} (one value per column, {@code null} for an empty cell). The sheet's
     * name is made safe for Excel (at most 31 characters, none of {@code []*?/\:}).
     */
    public Spreadsheets sheet(String name, List<String> headers, List<? extends List<?>> rows) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        int[] widths = new int[headers.size()];
        Row first = sheet.createRow(0);
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = first.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(header);
            widths[column] = Math.max(MIN_WIDTH, Math.min(headers.get(column).length() + 2, 30));
        }
        int index = 1;
        for (List<?> values : rows) {
            Row row = sheet.createRow(index++);
            for (int column = 0; column < values.size(); column++) {
                int length = write(row.createCell(column), values.get(column));
                if (column < widths.length) {
                    widths[column] = Math.max(widths[column], Math.min(length + 2, MAX_WIDTH));
                }
            }
        }
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!headers.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
        }
        return this;
    }

    /** The workbook's bytes. */
    public byte[] bytes() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Writes one value with its type; returns about how many characters wide it shows. */
    private int write(Cell cell, @Nullable Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Money money) {
            value = money.amount();
        }
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(euros);
            return amount.toPlainString().length() + 4;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(integer);
            return value.toString().length();
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(decimal);
            return number.toString().length();
        }
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
            return 11;
        }
        LocalDateTime brussels = brussels(value);
        if (brussels != null) {
            cell.setCellValue(brussels);
            cell.setCellStyle(moment);
            return 17;
        }
        String shown = value.toString();
        if (shown.length() > MAX_CELL_TEXT) {
            shown = shown.substring(0, MAX_CELL_TEXT - 1) + "…";
        }
        cell.setCellValue(shown);
        cell.setCellStyle(text);
        return shown.lines().mapToInt(String::length).max().orElse(0);
    }

    private static @Nullable LocalDateTime brussels(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(Formats.BRUSSELS).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(Formats.BRUSSELS).toLocalDateTime();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(Formats.BRUSSELS).toLocalDateTime();
        }
        return value instanceof LocalDateTime local ? local : null;
    }

    private CellStyle style(short format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        return style;
    }

    /** The rows of a sheet of two columns: a label and its value. */
    public static List<List<?>> pairs(Object... labelsAndValues) {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            rows.add(java.util.Arrays.asList(labelsAndValues[i], labelsAndValues[i + 1]));
        }
        return rows;
    }
}
