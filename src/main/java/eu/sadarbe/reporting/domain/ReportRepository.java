package eu.sadarbe.reporting.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;

/**
 * Stores reports ({@code project_report}, {@code report_section}, {@code report_audit}): the one place with their
 * SQL. A save checks the row version it loaded, so two saves cannot overwrite each other, and writes only the
 * sections that moved on.
 */
@Repository
public class ReportRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new report or updates a loaded one; appends the audit entries it does not hold yet. */
    public void save(Report report) {
        ReportedProject project = report.project();
        Timestamp submittedAt = report.submittedAt() == null ? null : Timestamp.from(report.submittedAt());
        int rowVersion = jdbc.sql("SELECT row_version FROM project_report WHERE id = ?")
                .param(report.id().value()).query(Integer.class).optional().orElse(-1);
        if (rowVersion < 0) {
            insert(report, "");
        } else {
            int updated = jdbc.sql("""
                            UPDATE project_report SET status = ?, due_on = ?, project_end = ?, project_json = ?,
                                submitted_at = ?, submitted_by = ?, row_version = row_version + 1
                            WHERE id = ? AND row_version = ?""")
                    .params(report.status().name(), Date.valueOf(report.dueOn()), Date.valueOf(project.projectEnd()),
                            JSON.writeValueAsString(project), submittedAt, report.submittedBy(),
                            report.id().value(), report.loadedRowVersion())
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("Report " + report.id() + " changed meanwhile");
            }
            report.loaded(report.loadedRowVersion() + 1);
        }
        saveSections(report);
        saveAudit(report);
    }

    /**
     * Inserts a report just opened unless its agreement has a report of its kind already — opened meanwhile by
     * another listener or node, which a check before the insert cannot see. True when this one was inserted.
     */
    public boolean openIfAbsent(Report report) {
        if (insert(report, " ON CONFLICT DO NOTHING") == 0) {
            return false;
        }
        saveSections(report);
        saveAudit(report);
        return true;
    }

    private int insert(Report report, String onConflict) {
        ReportedProject project = report.project();
        int inserted = jdbc.sql("""
                        INSERT INTO project_report (id, kind, agreement_id, agreement_number, application_id,
                            application_number, national_agency_code, call_year, action_type, status, due_on,
                            project_end, project_json, submitted_at, submitted_by, row_version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""" + onConflict)
                .params(report.id().value(), report.kind().name(), project.agreementId().value(),
                        project.agreementNumber(), project.applicationId().value(), project.applicationNumber(),
                        project.agencyCode(), project.callYear(), project.actionType(), report.status().name(),
                        Date.valueOf(report.dueOn()), Date.valueOf(project.projectEnd()),
                        JSON.writeValueAsString(project),
                        report.submittedAt() == null ? null : Timestamp.from(report.submittedAt()),
                        report.submittedBy())
                .update();
        if (inserted == 1) {
            report.loaded(1);
        }
        return inserted;
    }

    public Optional<Report> find(ReportId id) {
        return jdbc.sql("SELECT * FROM project_report WHERE id = ?").param(id.value()).query(this::report)
                .optional();
    }

    public Optional<Report> find(GrantAgreementId agreementId, ReportKind kind) {
        return jdbc.sql("SELECT * FROM project_report WHERE agreement_id = ? AND kind = ?")
                .params(agreementId.value(), kind.name()).query(this::report).optional();
    }

    public List<Report> ofAgreement(GrantAgreementId agreementId) {
        return jdbc.sql("SELECT * FROM project_report WHERE agreement_id = ? ORDER BY kind DESC")
                .param(agreementId.value()).query(this::report).list();
    }

    public List<Report> ofApplication(ApplicationId applicationId) {
        return jdbc.sql("SELECT * FROM project_report WHERE application_id = ? ORDER BY agreement_number, kind DESC")
                .param(applicationId.value()).query(this::report).list();
    }

    /** The agency's reports in a status, by due date. */
    public List<Report> ofAgency(String agencyCode, ReportStatus status) {
        return jdbc.sql("SELECT * FROM project_report WHERE national_agency_code = ? AND status = ? "
                        + "ORDER BY due_on, agreement_number")
                .params(agencyCode, status.name()).query(this::report).list();
    }

    /** Open final reports of projects that ended on or before {@code endedBy}, every agency (for reminders). */
    public List<Report> openFinalReportsEndedBy(LocalDate endedBy) {
        return jdbc.sql("SELECT * FROM project_report WHERE kind = 'FINAL' AND status = 'OPEN' AND project_end <= ? "
                        + "ORDER BY due_on")
                .param(Date.valueOf(endedBy)).query(this::report).list();
    }

    private void saveSections(Report report) {
        Map<String, Integer> stored = new HashMap<>();
        jdbc.sql("SELECT section, version FROM report_section WHERE report_id = ?").param(report.id().value())
                .query((row, number) -> stored.put(row.getString(1), row.getInt(2))).list();
        for (ReportSection section : ReportSection.values()) {
            SectionVersion version = report.version(section);
            Integer before = stored.get(section.name());
            if (version.version() == 0 || (before != null && before == version.version())) {
                continue;
            }
            Object[] values = {version.version(), version.savedBy(),
                    version.savedAt() == null ? null : Timestamp.from(version.savedAt()),
                    JSON.writeValueAsString(part(report.content(), section)), report.id().value(), section.name()};
            if (before == null) {
                jdbc.sql("INSERT INTO report_section (version, saved_by, saved_at, content_json, report_id, section) "
                        + "VALUES (?, ?, ?, ?, ?, ?)").params(values).update();
            } else {
                jdbc.sql("UPDATE report_section SET version = ?, saved_by = ?, saved_at = ?, content_json = ? "
                        + "WHERE report_id = ? AND section = ?").params(values).update();
            }
        }
    }

    private void saveAudit(Report report) {
        int stored = jdbc.sql("SELECT COUNT(*) FROM report_audit WHERE report_id = ?")
                .param(report.id().value()).query(Integer.class).single();
        List<ReportAuditEntry> audit = report.audit();
        for (int step = stored; step < audit.size(); step++) {
            ReportAuditEntry entry = audit.get(step);
            jdbc.sql("INSERT INTO report_audit (report_id, step, happened_at, actor, action, detail) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(report.id().value(), step, Timestamp.from(entry.at()), entry.actor(), entry.action(),
                            entry.detail())
                    .update();
        }
    }

    private Report report(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        ReportedProject project = JSON.readValue(row.getString("project_json"), ReportedProject.class);
        Map<ReportSection, SectionVersion> versions = new EnumMap<>(ReportSection.class);
        Map<ReportSection, String> parts = new EnumMap<>(ReportSection.class);
        jdbc.sql("SELECT * FROM report_section WHERE report_id = ?").param(id).query((section, index) -> {
            ReportSection name = ReportSection.valueOf(section.getString("section"));
            Timestamp savedAt = section.getTimestamp("saved_at");
            versions.put(name, new SectionVersion(section.getInt("version"), section.getString("saved_by"),
                    savedAt == null ? null : savedAt.toInstant()));
            parts.put(name, section.getString("content_json"));
            return name;
        }).list();
        List<ReportAuditEntry> audit = jdbc.sql("SELECT * FROM report_audit WHERE report_id = ? ORDER BY step")
                .param(id).query((entry, index) -> new ReportAuditEntry(entry.getTimestamp("happened_at").toInstant(),
                        entry.getString("actor"), entry.getString("action"), entry.getString("detail")))
                .list();
        Timestamp submittedAt = row.getTimestamp("submitted_at");
        Report report = new Report(new ReportId(id), ReportKind.valueOf(row.getString("kind")), project,
                ReportStatus.valueOf(row.getString("status")), row.getDate("due_on").toLocalDate(),
                content(parts, project.language()), versions, submittedAt == null ? null : submittedAt.toInstant(),
                row.getString("submitted_by"), audit);
        report.loaded(row.getInt("row_version"));
        return report;
    }

    /** The special needs and exceptional costs, saved together as one section. */
    record SpecialCosts(List<ReportedSpecialNeeds> specialNeeds, List<ReportedExceptionalCost> exceptionalCosts) {
    }

    private static Object part(ReportContent content, ReportSection section) {
        return switch (section) {
            case NARRATIVE -> content.narrative();
            case SUMMARY -> content.summary();
            case MEETINGS -> content.meetings();
            case OUTPUTS -> content.outputs();
            case MULTIPLIER_EVENTS -> content.multiplierEvents();
            case LEARNING_ACTIVITIES -> content.learningActivities();
            case SPECIAL_COSTS -> new SpecialCosts(content.specialNeeds(), content.exceptionalCosts());
        };
    }

    private static ReportContent content(Map<ReportSection, String> parts, String language) {
        ReportContent empty = ReportContent.empty(language);
        SpecialCosts costs = read(parts.get(ReportSection.SPECIAL_COSTS), new TypeReference<SpecialCosts>() {
        }, new SpecialCosts(List.of(), List.of()));
        return new ReportContent(
                read(parts.get(ReportSection.NARRATIVE), new TypeReference<Narrative>() {
                }, empty.narrative()),
                read(parts.get(ReportSection.SUMMARY), new TypeReference<ResultsSummary>() {
                }, empty.summary()),
                read(parts.get(ReportSection.MEETINGS), new TypeReference<List<ReportedMeeting>>() {
                }, List.of()),
                read(parts.get(ReportSection.OUTPUTS), new TypeReference<List<ReportedOutput>>() {
                }, List.of()),
                read(parts.get(ReportSection.MULTIPLIER_EVENTS), new TypeReference<List<ReportedMultiplierEvent>>() {
                }, List.of()),
                read(parts.get(ReportSection.LEARNING_ACTIVITIES),
                        new TypeReference<List<ReportedLearningActivity>>() {
                        }, List.of()),
                costs.specialNeeds(), costs.exceptionalCosts());
    }

    private static <T> T read(@Nullable String json, TypeReference<T> type, T absent) {
        return json == null ? absent : JSON.readValue(json, type);
    }
}
