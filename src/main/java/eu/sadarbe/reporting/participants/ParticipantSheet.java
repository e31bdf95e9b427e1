package eu.sadarbe.reporting.participants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import eu.sadarbe.web.CsvFiles;

/**
 * Reads a participants file — .xlsx (its first sheet, with Apache POI, already used for every .xlsx Sadarbe writes)
 * or CSV (Commons CSV, as the organisations and bank-statement imports: {@code ,} or {@code ;}, whichever the header
 * row uses, with or without a UTF-8 byte order mark; a file that is not UTF-8 is read as Windows-1257, as Excel saves
 * "CSV" on a Latvian computer) — into its rows, each cell kept as text and, from Excel, as the date or number it
 * holds. The header row names the columns in English or Latvian; rows with nothing in them are left out.
 */
public final class ParticipantSheet {

    /** A bigger file is refused before it is read: 2,000 participants take about 150 KB as .xlsx. */
    public static final int MAXIMUM_BYTES = 5 * 1024 * 1024;
    /** More rows than this are refused as a whole: no project has more participants. */
    public static final int MAXIMUM_ROWS = 5_000;
    /**
     * The most an .xlsx may hold once unzipped: 5,000 rows take about 4 MB of XML, so a file that unzips to more is
     * not a participants list but would fill the server's memory (POI reads a sheet whole).
     */
    static final long MAXIMUM_UNZIPPED_BYTES = 64L * 1024 * 1024;
    private static final Charset BALTIC = Charset.forName("windows-1257");

    /** A cell: its text (trimmed, never null) and, from an Excel file, the date or the number it holds. */
    record Value(String text, @Nullable LocalDate date, @Nullable Double number) {

        static final Value EMPTY = new Value("", null, null);

        boolean isBlank() {
            return text.isBlank() && date == null && number == null;
        }
    }

    /** One row of data: its number as a spreadsheet shows it (the header is row 1) and its cells by column. */
    record RawRow(int number, Map<ParticipantColumn, Value> cells) {

        Value cell(ParticipantColumn column) {
            return cells.getOrDefault(column, Value.EMPTY);
        }
    }

    /**
     * What was read: the columns found, the rows, and for CSV the separator ({@code ,} or {@code ;}) and whether a
     * byte order mark came first (null and false for Excel).
     */
    record Read(Set<ParticipantColumn> columns, List<RawRow> rows, @Nullable Character separator,
                boolean byteOrderMark) {
    }

    private ParticipantSheet() {
    }

    /** Reads the file; {@link FileRefused} when it is not a spreadsheet, empty, too big or lacks columns. */
    static Read read(byte[] content) {
        if (content.length == 0) {
            throw new FileRefused("reporting.import.file.empty");
        }
        if (content.length > MAXIMUM_BYTES) {
            throw new FileRefused("reporting.import.file.tooBig", MAXIMUM_BYTES / (1024 * 1024));
        }
        Read read = isZip(content) ? readXlsx(content) : readCsv(content);
        checkColumns(read.columns());
        if (read.rows().isEmpty()) {
            throw new FileRefused("reporting.import.file.noRows");
        }
        return read;
    }

    private static void checkColumns(Set<ParticipantColumn> found) {
        List<ParticipantColumn> missing = new ArrayList<>();
        for (ParticipantColumn column : ParticipantColumn.values()) {
            if (column.required() && !found.contains(column)) {
                missing.add(column);
            }
        }
        if (!found.contains(ParticipantColumn.ACTIVITY)) {
            for (ParticipantColumn column : List.of(ParticipantColumn.ACTIVITY_TYPE, ParticipantColumn.HOST)) {
                if (!found.contains(column)) {
                    missing.add(column);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new FileRefused("reporting.import.file.missingColumns", missing);
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean isOldExcel(byte[] content) {
        return content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xE0;
    }

    /** Unzips without keeping anything, to refuse a file that unzips to more than the limit before POI reads it. */
    private static void checkUnzippedSize(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > MAXIMUM_UNZIPPED_BYTES) {
                        throw new FileRefused("reporting.import.file.tooManyRows", MAXIMUM_ROWS);
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof FileRefused refused) {
                throw refused;
            }
            throw new FileRefused("reporting.import.file.notSpreadsheet");
        }
    }

    private static Read readXlsx(byte[] content) {
        checkUnzippedSize(content);
        List<RawRow> rows = new ArrayList<>();
        Set<ParticipantColumn> found = new LinkedHashSet<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new FileRefused("reporting.import.file.noRows");
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null || sheet.getPhysicalNumberOfRows() == 0) {
                throw new FileRefused("reporting.import.file.noRows");
            }
            Map<Integer, ParticipantColumn> byIndex = new java.util.HashMap<>();
            for (Cell cell : header) {
                ParticipantColumn.of(formatter.formatCellValue(cell)).ifPresent(column -> {
                    if (found.add(column)) {
                        byIndex.put(cell.getColumnIndex(), column);
                    }
                });
            }
            for (int index = header.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null) {
                    continue;
                }
                Map<ParticipantColumn, Value> cells = new EnumMap<>(ParticipantColumn.class);
                byIndex.forEach((column, name) -> cells.put(name, value(row.getCell(column), formatter)));
                add(rows, new RawRow(index + 1, cells));
            }
        } catch (FileRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new FileRefused("reporting.import.file.notSpreadsheet");
        }
        return new Read(Collections.unmodifiableSet(found), rows, null, false);
    }

    private static Value value(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Value.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double number = cell.getNumericCellValue();
                LocalDate date = DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(number)
                        ? cell.getLocalDateTimeCellValue().toLocalDate() : null;
                String text = date != null ? date.toString()
                        : number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                        : String.valueOf(number);
                yield new Value(text, date, number);
            }
            case STRING -> new Value(clean(cell.getStringCellValue()), null, null);
            case BOOLEAN -> new Value(String.valueOf(cell.getBooleanCellValue()), null, null);
            default -> new Value(clean(formatter.formatCellValue(cell)), null, null);
        };
    }

    private static Read readCsv(byte[] content) {
        if (isOldExcel(content)) {
            throw new FileRefused("reporting.import.file.oldExcel");
        }
        String text = decode(content);
        if (text.indexOf('\0') >= 0 || text.startsWith("%PDF")) {
            throw new FileRefused("reporting.import.file.notSpreadsheet");
        }
        boolean bom = text.startsWith("\uFEFF");
        if (bom) {
            text = text.substring(1);
        }
        char separator = CsvFiles.separatorOf(text);
        List<RawRow> rows = new ArrayList<>();
        Set<ParticipantColumn> found = new LinkedHashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<Integer, ParticipantColumn> byIndex = new java.util.HashMap<>();
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    for (int index = 0; index < record.size(); index++) {
                        int column = index;
                        ParticipantColumn.of(record.get(index)).ifPresent(name -> {
                            if (found.add(name)) {
                                byIndex.put(column, name);
                            }
                        });
                    }
                    header = false;
                    continue;
                }
                Map<ParticipantColumn, Value> cells = new EnumMap<>(ParticipantColumn.class);
                byIndex.forEach((index, name) -> cells.put(name, index < record.size()
                        ? new Value(clean(record.get(index)), null, null) : Value.EMPTY));
                add(rows, new RawRow((int) record.getRecordNumber(), cells));
            }
        } catch (FileRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException malformed) {
            throw new FileRefused("reporting.import.file.notSpreadsheet");
        }
        return new Read(Collections.unmodifiableSet(found), rows, separator, bom);
    }

    private static void add(List<RawRow> rows, RawRow row) {
        if (row.cells().values().stream().allMatch(Value::isBlank)) {
            return;
        }
        if (rows.size() >= MAXIMUM_ROWS) {
            throw new FileRefused("reporting.import.file.tooManyRows", MAXIMUM_ROWS);
        }
        rows.add(row);
    }

    /** UTF-8 when the bytes are UTF-8, else Windows-1257 (Baltic), as Excel saves plain "CSV" in Latvia. */
    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, BALTIC);
        }
    }


    /** Trimmed, without the apostrophe a spreadsheet export puts before a cell that would read as a formula. */
    private static String clean(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > 1 && trimmed.charAt(0) == '\'' && "=+-@".indexOf(trimmed.charAt(1)) >= 0) {
            return trimmed.substring(1);
        }
        return trimmed;
    }
}
