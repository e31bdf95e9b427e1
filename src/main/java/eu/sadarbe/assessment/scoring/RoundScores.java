package eu.sadarbe.assessment.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.experts.OutsideYourAgency;
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

    private final JdbcClient jdbc;
    private final MessageSource messages;

    RoundScores(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The rows of round {@code 2020-2}: typed values, {@code null} where there is none. */
    @Transactional(readOnly = true)
    public List<List<@Nullable Object>> rows(SignedInUser officer, int callYear, int roundNumber) {
        String agency = OutsideYourAgency.agencyOf(officer);
        return jdbc.sql("""
                        SELECT s.application_number, s.title, s.requested_grant, e.display_name, a.third_expert,
                            a.relevance_points, a.relevance_comment, a.design_points, a.design_comment,
                            a.team_points, a.team_comment, a.impact_points, a.impact_comment,
                            a.recommended_grant, a.grant_justification, c.total_points, a.submitted_at
                        FROM assessment_assessable s
                        JOIN assessment_assignment a ON a.application_id = s.application_id
                        JOIN assessment_expert e ON e.account_id = a.expert_id
                        LEFT JOIN assessment_consolidation c ON c.application_id = s.application_id
                        WHERE s.national_agency_code = ? AND s.call_year = ? AND s.round_number = ?
                            AND a.status = 'SUBMITTED'
                        ORDER BY s.application_number, a.third_expert, e.display_name""")
                .params(agency, callYear, roundNumber)
                .query((row, number) -> {
                    List<@Nullable Object> values = new ArrayList<>();
                    values.add(row.getString("application_number"));
                    values.add(row.getString("title"));
                    values.add(row.getBigDecimal("requested_grant"));
                    values.add(row.getString("display_name"));
                    values.add(row.getBoolean("third_expert"));
                    int points = 0;
                    for (String criterion : List.of("relevance", "design", "team", "impact")) {
                        int criterionPoints = row.getInt(criterion + "_points");
                        points += criterionPoints;
                        values.add(criterionPoints);
                        values.add(row.getString(criterion + "_comment"));
                    }
                    values.add(points);
                    values.add(row.getBigDecimal("recommended_grant"));
                    values.add(row.getString("grant_justification"));
                    values.add((Integer) row.getObject("total_points", Integer.class));
                    var submittedAt = row.getTimestamp("submitted_at");
                    values.add(submittedAt == null ? null : submittedAt.toInstant());
                    return values;
                }).list();
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
