package eu.sadarbe.organisations.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.organisations.domain.SearchKeys;
import eu.sadarbe.web.CsvFiles;

/**
 * Reads a register migrated from elsewhere — CSV or Excel, one organisation a row — checks every row as the
 * registration page would, and imports all rows, none, or (when the officer chooses) only the valid ones.
 */
@Component
class OrganisationImport {

    static final List<String> COLUMNS = List.of("legal_name", "business_name", "country", "city", "address",
            "postcode", "organisation_type", "legal_form", "registration_number", "vat_number", "website", "pic",
            "eche_code", "eche_valid_until", "legal_representative_name", "legal_representative_position",
            "legal_representative_email", "contact_name", "contact_email", "contact_phone", "fields_of_activity",
            "looking_for_partners", "topics");

    private final Validator validator;
    private final OrganisationRegistration registration;
    private final MessageSource messages;

    OrganisationImport(Validator validator, OrganisationRegistration registration, MessageSource messages) {
        this.validator = validator;
        this.registration = registration;
        this.messages = messages;
    }

    ImportReport importFile(String fileName, InputStream content, boolean onlyValidRows) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        boolean xlsx = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        String csv = xlsx ? "" : withoutBom(new String(content.readAllBytes(), StandardCharsets.UTF_8));
        Character separator = xlsx ? null : CsvFiles.separatorOf(csv);
        List<Map<String, String>> rows = xlsx ? readXlsx(content) : readCsv(csv, separator);
        Map<Integer, List<String>> errors = new LinkedHashMap<>();
        List<OrganisationDetails> valid = new ArrayList<>();
        Set<String> seenRegistrations = new HashSet<>();
        Set<String> seenNames = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 2;   // the header is row 1, as a spreadsheet numbers it
            List<String> rowErrors = new ArrayList<>();
            OrganisationForm form = form(rows.get(i));
            for (ConstraintViolation<OrganisationForm> violation : validator.validate(form)) {
                rowErrors.add(violation.getMessage());
            }
            if (rowErrors.isEmpty()) {
                OrganisationDetails details = form.toDetails();
                String registrationKey = details.country() + " " + SearchKeys.ofRegistrationNumber(
                        details.registrationNumber());
                String nameKey = SearchKeys.of(details.legalName()) + " | " + SearchKeys.of(details.city());
                if (!seenRegistrations.add(registrationKey) || !seenNames.add(nameKey)) {
                    rowErrors.add(messages.getMessage("import.error.duplicateInFile", null, locale));
                } else {
                    registration.possibleDuplicates(details).stream().findFirst().ifPresent(duplicate ->
                            rowErrors.add(messages.getMessage("import.error.duplicate",
                                    new Object[] {duplicate.oid().value(), duplicate.legalName()}, locale)));
                }
                if (rowErrors.isEmpty()) {
                    valid.add(details);
                }
            }
            if (!rowErrors.isEmpty()) {
                rowErrors.sort(Comparator.naturalOrder());
                errors.put(rowNumber, rowErrors);
            }
        }
        boolean imports = !valid.isEmpty() && (errors.isEmpty() || onlyValidRows);
        List<String> oids = imports ? registration.registerAll(valid).stream().map(o -> o.oid().value()).toList()
                : List.of();
        return new ImportReport(rows.size(), valid.size(), errors, oids,
                separator == null ? null : separator == ';' ? "semicolon" : "comma");
    }

    private static OrganisationForm form(Map<String, String> row) {
        String fields = row.get("fields_of_activity");
        List<String> fieldList = fields == null || fields.isBlank() ? List.of()
                : Arrays.stream(fields.split("[;,]")).map(String::trim).filter(f -> !f.isEmpty()).toList();
        String looking = row.getOrDefault("looking_for_partners", "");
        return new OrganisationForm(row.get("legal_name"), row.get("business_name"), upper(row.get("country")),
                row.get("city"), row.get("address"), row.get("postcode"), upper(row.get("organisation_type")),
                row.get("legal_form"), row.get("registration_number"), row.get("vat_number"), row.get("website"),
                row.get("pic"), row.get("eche_code"), row.get("eche_valid_until"), row.get("legal_representative_name"),
                row.get("legal_representative_position"), row.get("legal_representative_email"),
                row.get("contact_name"), row.get("contact_email"), row.get("contact_phone"), null, null, null,
                fieldList, String.valueOf(List.of("true", "yes", "jā", "ja", "1")
                        .contains(looking.trim().toLowerCase(Locale.ROOT))),
                row.get("topics"), null);
    }

    /** The text without the byte-order mark a spreadsheet may have written before it. */
    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }


    private static List<Map<String, String>> readCsv(String content, char separator) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(format).get()) {
            List<String> headers = parser.getHeaderNames().stream().map(OrganisationImport::column).toList();
            for (CSVRecord record : parser) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    row.put(headers.get(i), record.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, String>> readXlsx(InputStream content) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(content)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return rows;
            }
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(column(formatter.formatCellValue(cell))));
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                for (int c = 0; row != null && c < headers.size(); c++) {
                    values.put(headers.get(c), text(row.getCell(c), formatter));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static String text(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static String column(String header) {
        return header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static @Nullable String upper(@Nullable String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * What the import found: rows read, valid rows, errors by row number, the Organisation IDs issued, and for a CSV
     * file the separator it was read with ({@code comma} or {@code semicolon}; null for Excel).
     */
    public record ImportReport(int rows, int validRows, Map<Integer, List<String>> errors, List<String> importedOids,
                               @Nullable String separator) {

        public boolean imported() {
            return !importedOids.isEmpty();
        }
    }
}
