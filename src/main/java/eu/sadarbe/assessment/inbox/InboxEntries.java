package eu.sadarbe.assessment.inbox;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;

/** The inbox table {@code assessment_inbox}: one row per application routed to an agency. */
@Component
public class InboxEntries {

    private static final String COLUMNS = """
            application_id, submission_id, application_number, national_agency_code, call_year, round_number,
            action_type, title, applicant_name, applicant_country, submitted_at, requested_grant, error_findings,
            status, formal_check_reason, formal_check_rule_ids, final_score""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RuleBook rules;

    InboxEntries(JdbcClient jdbc, Clock clock, RuleBook rules) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rules = rules;
    }

    String expertsPerApplication() {
        return expertsPerApplication((year, type) -> rules.parametersFor(year, type)
                .whole(RuleFigure.AWARD_EXPERTS_PER_APPLICATION));
    }

    /**
     * R-AWD-03's experts per application as SQL on the row's call year and action type, from the rule figures
     * ({@code figure} of a call year and action type, {@code "*"} for every one): the number itself while every call
     * year and action type has the same. Built from figures only, never from the request.
     */
    static String expertsPerApplication(java.util.function.ToIntBiFunction<Integer, String> figure) {
        Map<String, Integer> byCall = new java.util.LinkedHashMap<>();
        for (int year = CallYears.FIRST; year <= CallYears.LAST; year++) {
            for (ActionTypeCode type : ActionTypeCode.values()) {
                byCall.put("i.call_year = " + year + " AND i.action_type = '" + type.name() + "'",
                        figure.applyAsInt(year, type.name()));
            }
        }
        int latest = figure.applyAsInt(CallYears.LAST, "*");
        if (byCall.values().stream().allMatch(experts -> experts == latest)) {
            return String.valueOf(latest);
        }
        StringBuilder sql = new StringBuilder("(CASE");
        byCall.forEach((when, experts) -> sql.append(" WHEN ").append(when).append(" THEN ").append(experts));
        return sql.append(" ELSE ").append(latest).append(" END)").toString();
    }

    /** Adds the application, or replaces an earlier submission of it (which starts its back office afresh). */
    void register(InboxEntry entry) {
        Timestamp now = Timestamp.from(clock.instant());
        int added = jdbc.sql("INSERT INTO assessment_inbox (" + COLUMNS + ", changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?) ON CONFLICT DO NOTHING")
                .params(entry.applicationId().value(), entry.submissionId(), entry.applicationNumber(),
                        entry.nationalAgencyCode(), entry.callYear(), entry.roundNumber(), entry.actionType(),
                        entry.title(), entry.applicantName(), entry.applicantCountry(),
                        Timestamp.from(entry.submittedAt()), entry.requestedGrant(), entry.errorFindings(),
                        BackOfficeStatus.SUBMITTED.name(), now)
                .update();
        if (added == 0) {
            jdbc.sql("""
                            UPDATE assessment_inbox SET submission_id = ?, title = ?, applicant_name = ?,
                                submitted_at = ?, requested_grant = ?, error_findings = ?, status = ?,
                                formal_check_reason = NULL, formal_check_rule_ids = NULL, final_score = NULL, changed_at = ?
                            WHERE application_id = ? AND submitted_at < ?""")
                    .params(entry.submissionId(), entry.title(), entry.applicantName(),
                            Timestamp.from(entry.submittedAt()), entry.requestedGrant(), entry.errorFindings(),
                            BackOfficeStatus.SUBMITTED.name(), now, entry.applicationId().value(),
                            Timestamp.from(entry.submittedAt()))
                    .update();
        }
    }

    /** The Organisation IDs of the consortium, for the inbox's search (issue 13, item 16). */
    void organisations(ApplicationId application, List<String> oids) {
        jdbc.sql("UPDATE assessment_inbox SET organisation_ids = ? WHERE application_id = ?")
                .params(String.join(",", oids), application.value()).update();
    }

    /**
     * The agency's applications per round at each stage, for the round dashboard (issue 13, item 16): round
     * {@code 2020-2} to the count of each stage, newest round first.
     */
    java.util.LinkedHashMap<String, Map<Stage, Integer>> stages(String agency) {
        // Issue 21: from the agency's inbox rows alone, which keep what the stages need of the assignments, the
        // consolidation and the letter (assessment V340), by the conditions of Stage, which the inbox's filter uses
        String experts = expertsPerApplication();
        StringBuilder select = new StringBuilder("SELECT i.call_year, i.round_number");
        for (Stage stage : Stage.values()) {
            select.append(", SUM(CASE WHEN ").append(stage.condition(experts)).append(" THEN 1 ELSE 0 END) AS ")
                    .append(stage.name());
        }
        select.append(" FROM assessment_inbox i WHERE i.national_agency_code = ?"
                + " GROUP BY i.call_year, i.round_number ORDER BY i.call_year DESC, i.round_number DESC");
        java.util.LinkedHashMap<String, Map<Stage, Integer>> rounds = new java.util.LinkedHashMap<>();
        jdbc.sql(select.toString()).param(agency).query(row -> {
            Map<Stage, Integer> counts = new java.util.EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                counts.put(stage, row.getInt(stage.name()));
            }
            rounds.put(row.getInt("call_year") + "-" + row.getInt("round_number"), counts);
        });
        return rounds;
    }

    /**
     * An assignment of the application changed its status (or was made: {@code before} null): the counts the round
     * dashboard reads move by the difference, applied to the row as it stands when this transaction holds its lock,
     * so two experts submitting at once both count.
     */
    public void assignmentMoved(ApplicationId application, @Nullable AssignmentCounts before, AssignmentCounts after) {
        AssignmentCounts was = before == null ? AssignmentCounts.NONE : before;
        if (was.equals(after)) {
            return;
        }
        jdbc.sql("""
                        UPDATE assessment_inbox SET assignments_counting = assignments_counting + ?,
                            assignments_submitted = assignments_submitted + ?, assignments_open = assignments_open + ?
                        WHERE application_id = ?""")
                .params(after.counting() - was.counting(), after.submitted() - was.submitted(),
                        after.open() - was.open(), application.value())
                .update();
    }

    /** What one assignment adds to its application's counts: counting, submitted, open (offered or accepted). */
    public record AssignmentCounts(int counting, int submitted, int open) {
        static final AssignmentCounts NONE = new AssignmentCounts(0, 0, 0);
    }

    /** The application's scores were consolidated (the round dashboard's CONSOLIDATED). */
    public void consolidated(ApplicationId application) {
        jdbc.sql("UPDATE assessment_inbox SET consolidated = TRUE WHERE application_id = ?")
                .param(application.value()).update();
    }

    /** The application's decision letter was issued (the round dashboard's LETTERS_SENT). */
    public void letterIssued(ApplicationId application) {
        jdbc.sql("UPDATE assessment_inbox SET letter_issued = TRUE WHERE application_id = ?")
                .param(application.value()).update();
    }

    /** Today's rule figures were re-applied to the submission (issue 13, item 14): its grant and ERROR count. */
    void refigured(ApplicationId application, BigDecimal requestedGrant, int errorFindings) {
        jdbc.sql("UPDATE assessment_inbox SET requested_grant = ?, error_findings = ?, changed_at = ?"
                        + " WHERE application_id = ?")
                .params(requestedGrant, errorFindings, Timestamp.from(clock.instant()), application.value()).update();
    }

    public Optional<InboxEntry> find(ApplicationId application) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_inbox WHERE application_id = ?")
                .param(application.value()).query(InboxEntries::entry).optional();
    }

    /** The agency's applications of one round and action type, by application number. */
    public List<InboxEntry> of(String agency, int callYear, int roundNumber, String actionType) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_inbox WHERE national_agency_code = ? AND call_year = ?"
                        + " AND round_number = ? AND action_type = ? ORDER BY application_number")
                .params(agency, callYear, roundNumber, actionType).query(InboxEntries::entry).list();
    }

    /** How many of the agency's submissions the inbox had seen when it last caught up; -1 before the first time. */
    long submissionsSeen(String agency) {
        return jdbc.sql("SELECT submissions_seen FROM assessment_inbox_watermark WHERE national_agency_code = ?")
                .param(agency).query(Long.class).optional().orElse(-1L);
    }

    /** The inbox has seen {@code count} of the agency's submissions; never moves back (two officers catching up). */
    void sawSubmissions(String agency, long count) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO assessment_inbox_watermark (national_agency_code, submissions_seen, updated_at)
                        VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(agency, count, now).update();
        jdbc.sql("""
                        UPDATE assessment_inbox_watermark SET submissions_seen = ?, updated_at = ?
                        WHERE national_agency_code = ? AND submissions_seen < ?""")
                .params(count, now, agency, count).update();
    }

    /** Which submission of each application the inbox holds. */
    Map<ApplicationId, UUID> submissionsOf(String agency) {
        Map<ApplicationId, UUID> held = new HashMap<>();
        jdbc.sql("SELECT application_id, submission_id FROM assessment_inbox WHERE national_agency_code = ?")
                .param(agency).query(row -> {
                    held.put(new ApplicationId(row.getObject(1, UUID.class)), row.getObject(2, UUID.class));
                });
        return held;
    }

    InboxPage page(String agency, InboxFilter filter, int pageSize) {
        StringBuilder where = new StringBuilder(" FROM assessment_inbox i WHERE i.national_agency_code = :agency");
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agency);
        if (filter.round() != null) {
            String[] round = filter.round().split("-");
            where.append(" AND call_year = :year AND round_number = :round");
            params.put("year", number(round[0]));
            params.put("round", round.length > 1 ? number(round[1]) : -1);
        }
        if (filter.actionType() != null) {
            where.append(" AND action_type = :actionType");
            params.put("actionType", filter.actionType());
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.stage() != null) {
            where.append(" AND ").append(filter.stage().condition(expertsPerApplication()));
        }
        if (filter.search() != null) {
            // Issue 13, item 16: the applicant's name, an Organisation ID of the consortium, the number or the title.
            where.append(" AND (LOWER(applicant_name) LIKE :words OR LOWER(application_number) LIKE :words"
                    + " OR LOWER(COALESCE(title, '')) LIKE :words OR LOWER(COALESCE(organisation_ids, '')) LIKE :words)");
            params.put("words", "%" + filter.search().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        int total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Integer.class).single();
        String order = " ORDER BY " + filter.sort().column() + (filter.descending() ? " DESC" : " ASC")
                + " NULLS LAST, application_number";
        // Issue 21: the page's applications are chosen on the narrow index of what the inbox filters and sorts by
        // (assessment V330: no row is read to be skipped or sorted), then only they are read
        List<UUID> chosen = jdbc.sql("SELECT application_id" + where + order + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", pageSize)
                .param("offset", (filter.page() - 1) * pageSize)
                .query(UUID.class).list();
        return new InboxPage(rows(chosen), total, filter.page(), pageSize);
    }

    /** The inbox rows of these applications, in this order. */
    private List<InboxEntry> rows(List<UUID> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        Map<UUID, InboxEntry> byId = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM assessment_inbox WHERE application_id IN (:applications)")
                .param("applications", applications).query(InboxEntries::entry).list()
                .forEach(entry -> byId.put(entry.applicationId().value(), entry));
        return applications.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The rounds and action types the agency has applications in, for the filters. */
    List<String> rounds(String agency) {
        return jdbc.sql("SELECT DISTINCT call_year, round_number FROM assessment_inbox WHERE national_agency_code = ?"
                        + " ORDER BY call_year, round_number")
                .param(agency).query((row, n) -> row.getInt(1) + "-" + row.getInt(2)).list();
    }

    List<String> actionTypes(String agency) {
        return jdbc.sql("SELECT DISTINCT action_type FROM assessment_inbox WHERE national_agency_code = ?"
                        + " ORDER BY action_type")
                .param(agency).query(String.class).list();
    }

    void formalCheck(ApplicationId application, BackOfficeStatus status, @Nullable String reason,
                     List<String> ruleIds) {
        jdbc.sql("""
                        UPDATE assessment_inbox SET status = ?, formal_check_reason = ?, formal_check_rule_ids = ?,
                            changed_at = ? WHERE application_id = ?""")
                .params(status.name(), reason, ruleIds.isEmpty() ? null : String.join(",", ruleIds),
                        Timestamp.from(clock.instant()), application.value())
                .update();
    }

    public void moveTo(ApplicationId application, BackOfficeStatus status) {
        jdbc.sql("UPDATE assessment_inbox SET status = ?, changed_at = ? WHERE application_id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), application.value()).update();
    }

    void assessed(ApplicationId application, int finalScore) {
        jdbc.sql("UPDATE assessment_inbox SET status = ?, final_score = ?, changed_at = ? WHERE application_id = ?")
                .params(BackOfficeStatus.ASSESSED.name(), finalScore, Timestamp.from(clock.instant()),
                        application.value())
                .update();
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static InboxEntry entry(ResultSet row, int number) throws SQLException {
        @Nullable String ruleIds = row.getString("formal_check_rule_ids");
        int score = row.getInt("final_score");
        @Nullable Integer finalScore = row.wasNull() ? null : score;
        return new InboxEntry(new ApplicationId(row.getObject("application_id", UUID.class)),
                row.getObject("submission_id", UUID.class), row.getString("application_number"),
                row.getString("national_agency_code"), row.getInt("call_year"), row.getInt("round_number"),
                row.getString("action_type"), row.getString("title"), row.getString("applicant_name"),
                row.getString("applicant_country"), row.getTimestamp("submitted_at").toInstant(),
                row.getBigDecimal("requested_grant"), row.getInt("error_findings"),
                BackOfficeStatus.valueOf(row.getString("status")), row.getString("formal_check_reason"),
                ruleIds == null ? List.of() : new ArrayList<>(Arrays.asList(ruleIds.split(","))), finalScore);
    }
}
