package eu.sadarbe.assessment.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.experts.AssignmentRepository;
import eu.sadarbe.web.CsvFiles;
import eu.sadarbe.web.Formats;
import eu.sadarbe.web.Spreadsheets;

/**
 * Every submitted score and comment of one round of the officer's agency (issue 13, item 16), one row per expert and
 * application with the consolidated final score: as a spreadsheet with typed cells (points and euros as numbers),
 * or as CSV, headed in the officer's language.
 */
@Service
public class RoundScores {

    private static final List<String> HEADERS = List.of("scoring.number", "backoffice.field.title",
            "backoffice.field.requestedGrant", "agencyAssessments.expert", "export.thirdExpert",
            "scoring.criterion.relevance", "export.comment.relevance", "scoring.criterion.design",
            "export.comment.design", "scoring.criterion.team", "export.comment.team", "scoring.criterion.impact",
            "export.comment.impact", "scoring.total", "scoring.recommendedGrant", "export.grantJustification",
            "agencyAssessments.final", "export.assessedAt");

    private final AssignmentRepository assignments;
    private final MessageSource messages;

    RoundScores(AssignmentRepository assignments, MessageSource messages) {
        this.assignments = assignments;
        this.messages = messages;
    }

    /** The rows of round {@code 2020-2}: typed values, {@code null} where there is none. */
    @Transactional(readOnly = true)
    public List<List<@Nullable Object>> rows(SignedInUser officer, int callYear, int roundNumber) {
        String agency = officer.requireOfficerAgency();
        return assignments.submittedSheetsOfRound(agency, callYear, roundNumber);
    }

    public byte[] csv(List<List<@Nullable Object>> rows, CsvFiles.Separator separator, Locale locale) {
        return CsvFiles.write(separator, headers(locale), rows.stream().map(row -> row.stream()
                .map(value -> value instanceof BigDecimal amount ? separator.number(amount) : text(value, locale))
                .toList()).toList());
    }

    public byte[] xlsx(List<List<@Nullable Object>> rows, String round, Locale locale) {
        try (Spreadsheets workbook = Spreadsheets.in(locale)) {
            return workbook.sheet(round, headers(locale), rows.stream().map(row -> row.stream()
                    .map(value -> value instanceof Boolean ? text(value, locale) : value).toList()).toList()).bytes();
        }
    }

    private List<String> headers(Locale locale) {
        return HEADERS.stream().map(key -> messages.getMessage(key, null, key, locale)).toList();
    }

    private String text(@Nullable Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "export.yes" : "export.no", null, locale);
        }
        if (value instanceof Instant moment) {
            return Formats.in(locale).brusselsTime(moment);
        }
        return value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }
}
