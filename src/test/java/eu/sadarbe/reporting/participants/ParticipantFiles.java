package eu.sadarbe.reporting.participants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Participants files made in the tests, so that none is kept in the repository: an .xlsx with real Excel dates and
 * numbers (as a coordinator's spreadsheet holds them), or CSV text with either separator and an optional BOM.
 */
public final class ParticipantFiles {

    public static final List<String> ENGLISH = List.of("activity", "activity type", "host organisation ID", "venue",
            "participant name", "sending organisation ID", "country of origin", "participant kind", "start", "end",
            "days", "place of origin", "distance km", "special needs");
    public static final List<String> LATVIAN = List.of("Aktivitāte", "Aktivitātes veids",
            "Uzņēmējas organizācijas ID", "Norises vieta", "Dalībnieka vārds un uzvārds",
            "Nosūtītājas organizācijas ID", "Izcelsmes valsts", "Dalībnieka veids", "Sākums", "Beigas", "Dienas",
            "Izbraukšanas vieta", "Attālums (km)", "Īpašās vajadzības");

    private ParticipantFiles() {
    }

    /**
     * An .xlsx of {@code headers} and {@code rows}: a {@link LocalDate} is written as an Excel date, an
     * {@link Integer} as a number, anything else as text.
     */
    public static byte[] xlsx(List<String> headers, List<? extends List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Participants");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            Row first = sheet.createRow(0);
            for (int column = 0; column < headers.size(); column++) {
                first.createCell(column).setCellValue(headers.get(column));
            }
            for (int index = 0; index < rows.size(); index++) {
                Row row = sheet.createRow(index + 1);
                List<?> values = rows.get(index);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    Cell cell = row.createCell(column);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** CSV text with {@code separator}, a BOM when asked, each cell quoted when it holds the separator or a quote. */
    public static byte[] csv(char separator, boolean bom, List<String> headers, List<? extends List<?>> rows) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        List<List<?>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<?> row : all) {
            List<String> cells = new ArrayList<>();
            for (Object value : row) {
                String cell = value == null ? "" : value instanceof LocalDate day ? day.toString() : value.toString();
                cells.add(cell.indexOf(separator) >= 0 || cell.contains("\"")
                        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append(String.join(String.valueOf(separator), cells)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code count} participants of a KA229 school exchange: pupils and teachers of E10000002 (Jelgava) at a
     * short-term exchange of groups of pupils hosted by E10000012 in Tartu, in March 2021, 7 days, 210 km.
     */
    public static List<List<Object>> schoolExchange(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            boolean teacher = number % 10 == 0;
            rows.add(new ArrayList<>(java.util.Arrays.asList("C1", "Short-term exchange of groups of pupils",
                    "E10000012", null, "Skolēns " + number + " Bērziņš", "E10000002", "LV",
                    teacher ? "staff" : "learner", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 7), 7, null, 210,
                    number % 50 == 0 ? "yes" : "no")));
        }
        return rows;
    }
}
