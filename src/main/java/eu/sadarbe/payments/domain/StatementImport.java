package eu.sadarbe.payments.domain;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;

/**
 * The bank's statement as CSV marks orders made: one row per payment with the columns {@code reference} (the
 * end-to-end id of the credit transfer file, or the order's id), {@code date} (the bank date, 2026-12-04 or
 * 04.12.2026), {@code amount} (euros, a point or a comma before the cents) and {@code bank_reference}. Separated by
 * {@code ,} or {@code ;} — whichever the header row uses — with or without a UTF-8 byte order mark. Every row is
 * checked first; all rows are recorded or, when a row has a problem, none (unless the officer asks for the valid
 * ones only), as the organisations import does.
 */
@Service
public class StatementImport {

    public static final List<String> COLUMNS = List.of("reference", "date", "amount", "bank_reference");
    private static final DateTimeFormatter LATVIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final PaymentOrderRepository repository;
    private final PaymentDesk desk;

    StatementImport(PaymentOrderRepository repository, PaymentDesk desk) {
        this.repository = repository;
        this.desk = desk;
    }

    @Transactional
    public Report importStatement(byte[] content, boolean onlyValidRows, SignedInUser user) {
        String agency = user.requireOfficerAgency();
        String text = new String(content, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        if (bom) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char separator = count(header, ';') > count(header, ',') ? ';' : ',';
        Map<Integer, List<Problem>> errors = new LinkedHashMap<>();
        List<Valid> valid = new ArrayList<>();
        int rows = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            Map<String, String> columns = new HashMap<>();
            for (String name : parser.getHeaderNames()) {
                columns.put(name.strip().toLowerCase(Locale.ROOT), name);
            }
            List<String> missing = COLUMNS.stream().filter(column -> !columns.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                errors.put(1, List.of(new Problem("payments.import.missingColumns", String.join(", ", missing))));
                return new Report(separator, bom, 0, errors, List.of());
            }
            Set<UUID> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                rows++;
                int rowNumber = (int) record.getRecordNumber() + 1;   // the header is row 1
                List<Problem> problems = new ArrayList<>();
                Optional<Valid> row = check(record, columns, agency, seen, problems);
                if (problems.isEmpty() && row.isPresent()) {
                    valid.add(row.get());
                } else {
                    errors.put(rowNumber, problems);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            errors.put(0, List.of(new Problem("payments.import.unreadable")));
            return new Report(separator, bom, rows, errors, List.of());
        }
        if (!errors.isEmpty() && !onlyValidRows) {
            return new Report(separator, bom, rows, errors, List.of());
        }
        List<OrderLine> marked = new ArrayList<>();
        for (Valid row : valid) {
            marked.add(desk.markMade(row.orderId(), row.paidOn(), row.bankReference(), user));
        }
        return new Report(separator, bom, rows, errors, marked);
    }

    private Optional<Valid> check(CSVRecord record, Map<String, String> columns, String agency, Set<UUID> seen,
                                  List<Problem> problems) {
        String reference = value(record, columns, "reference");
        String date = value(record, columns, "date");
        String amount = value(record, columns, "amount");
        String bankReference = value(record, columns, "bank_reference");
        Optional<OrderLine> order = orderId(reference).flatMap(repository::line)
                .filter(line -> line.agencyCode().equals(agency));
        if (order.isEmpty()) {
            problems.add(new Problem("payments.import.unknownReference", reference));
        } else if (!seen.add(order.get().orderId())) {
            problems.add(new Problem("payments.import.twice", reference));
        } else if (order.get().state() != OrderState.DUE) {
            problems.add(new Problem("payments.import.notDue", reference));
        }
        LocalDate paidOn = date(date);
        if (paidOn == null) {
            problems.add(new Problem("payments.import.date", date));
        } else if (paidOn.isAfter(desk.today())) {
            problems.add(new Problem("payments.import.future", date));
        }
        BigDecimal paid = amount(amount);
        if (paid == null) {
            problems.add(new Problem("payments.import.amount", amount));
        } else if (order.isPresent() && paid.compareTo(order.get().amount()) != 0) {
            problems.add(new Problem("payments.import.amountDiffers", amount, order.get().amount().toPlainString()));
        }
        if (bankReference.isEmpty() || bankReference.length() > 100) {
            problems.add(new Problem("payments.import.bankReference"));
        }
        return problems.isEmpty() ? Optional.of(new Valid(order.get().orderId(), paidOn, bankReference))
                : Optional.empty();
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String name = columns.get(column);
        return name != null && record.isMapped(name) && record.isSet(name) ? record.get(name).strip() : "";
    }

    static Optional<UUID> orderId(String reference) {
        String compact = reference.replace("-", "").toLowerCase(Locale.ROOT);
        if (!compact.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(compact.substring(0, 8) + "-" + compact.substring(8, 12) + "-"
                + compact.substring(12, 16) + "-" + compact.substring(16, 20) + "-" + compact.substring(20)));
    }

    private static LocalDate date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, LATVIAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }

    private static BigDecimal amount(String text) {
        String plain = text.replace(" ", "").replace("\u00a0", "").replace(',', '.');
        if (!plain.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(plain).setScale(2);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** A row's problem: a message key and its arguments. */
    public record Problem(String key, Object... arguments) {
    }

    private record Valid(UUID orderId, LocalDate paidOn, String bankReference) {
    }

    /** What the import found: the separator and whether a byte order mark came first; problems by row number. */
    public record Report(char separator, boolean byteOrderMark, int rows, Map<Integer, List<Problem>> errors,
                         List<OrderLine> marked) {

        public boolean recorded() {
            return !marked.isEmpty();
        }
    }
}
