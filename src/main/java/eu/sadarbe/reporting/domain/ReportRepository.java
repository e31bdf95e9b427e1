package eu.sadarbe.reporting.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
        return load("SELECT * FROM project_report WHERE national_agency_code = ? AND status = ? "
                + "ORDER BY due_on, agreement_number", List.of(agencyCode, status.name()));
    }

    /**
     * One page of the agency's reports in a status (and of a kind, when one is given) whose agreement number,
     * beneficiary or title contains the text (lower case; any report when it is empty), by due date: the page
     * numbered from 0, the last one when the number is beyond it. The count and the page are SQL ({@code COUNT},
     * {@code LIMIT … OFFSET}) on the agency's index, and only the page's reports are loaded with their sections
     * and audit trail; a search reads the numbers and the agreement's JSON of the agency's reports in the status to
     * match the beneficiary and the title, which are only there.
     */
    public AgencyReportPage pageOfAgency(String agencyCode, ReportStatus status, @Nullable ReportKind kind,
                                         String text, int page, int size) {
        String where = " WHERE national_agency_code = ? AND status = ?" + (kind == null ? "" : " AND kind = ?");
        List<Object> params = new ArrayList<>(List.of(agencyCode, status.name()));
        if (kind != null) {
            params.add(kind.name());
        }
        String order = " ORDER BY due_on, agreement_number, id";
        if (text.isEmpty()) {
            int total = jdbc.sql("SELECT COUNT(*) FROM project_report" + where).params(params)
                    .query(Integer.class).single();
            int pages = Math.max(1, (total + size - 1) / size);
            int number = Math.min(Math.max(0, page), pages - 1);
            params.add(size);
            params.add(number * size);
            return new AgencyReportPage(load("SELECT * FROM project_report" + where + order + " LIMIT ? OFFSET ?",
                    params), total, number, pages);
        }
        List<UUID> matching = jdbc.sql("SELECT id, project_json FROM project_report" + where + order).params(params)
                .query((row, index) -> matches(row.getString("project_json"), text)
                        ? row.getObject("id", UUID.class) : null)
                .list().stream().filter(Objects::nonNull).toList();
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        int number = Math.min(Math.max(0, page), pages - 1);
        List<UUID> shown = matching.subList(number * size, Math.min(matching.size(), (number + 1) * size));
        Map<UUID, Report> loaded = new HashMap<>();
        if (!shown.isEmpty()) {
            load("SELECT * FROM project_report WHERE id IN (" + placeholders(shown.size()) + ")",
                    new ArrayList<>(shown)).forEach(report -> loaded.put(report.id().value(), report));
        }
        return new AgencyReportPage(shown.stream().map(loaded::get).toList(), matching.size(), number, pages);
    }

    private static boolean matches(String projectJson, String text) {
        ReportedProject project = JSON.readValue(projectJson, ReportedProject.class);
        return project.agreementNumber().toLowerCase(Locale.ROOT).contains(text)
                || project.beneficiaryName().toLowerCase(Locale.ROOT).contains(text)
                || project.title().toLowerCase(Locale.ROOT).contains(text);
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
        Stored stored = Stored.of(row);
        return stored.report(sections(List.of(stored.id())), audit(List.of(stored.id())));
    }

    /**
     * The reports the statement selects, in its order, with their sections and audit trails read for all of them at
     * once (three statements, however many reports).
     */
    private List<Report> load(String sql, List<Object> params) {
        List<Stored> rows = jdbc.sql(sql).params(params).query((row, number) -> Stored.of(row)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Stored::id).toList();
        Map<UUID, Map<ReportSection, StoredSection>> sections = sections(ids);
        Map<UUID, List<ReportAuditEntry>> audit = audit(ids);
        return rows.stream().map(row -> row.report(sections, audit)).toList();
    }

    private Map<UUID, Map<ReportSection, StoredSection>> sections(List<UUID> reports) {
        Map<UUID, Map<ReportSection, StoredSection>> sections = new HashMap<>();
        jdbc.sql("SELECT * FROM report_section WHERE report_id IN (" + placeholders(reports.size()) + ")")
                .params(new ArrayList<>(reports)).query((section, index) -> {
                    Timestamp savedAt = section.getTimestamp("saved_at");
                    return sections.computeIfAbsent(section.getObject("report_id", UUID.class),
                                    report -> new EnumMap<>(ReportSection.class))
                            .put(ReportSection.valueOf(section.getString("section")), new StoredSection(
                                    new SectionVersion(section.getInt("version"), section.getString("saved_by"),
                                            savedAt == null ? null : savedAt.toInstant()),
                                    section.getString("content_json")));
                }).list();
        return sections;
    }

    private Map<UUID, List<ReportAuditEntry>> audit(List<UUID> reports) {
        Map<UUID, List<ReportAuditEntry>> audit = new HashMap<>();
        jdbc.sql("SELECT * FROM report_audit WHERE report_id IN (" + placeholders(reports.size())
                        + ") ORDER BY report_id, step")
                .params(new ArrayList<>(reports))
                .query((entry, index) -> audit.computeIfAbsent(entry.getObject("report_id", UUID.class),
                        report -> new ArrayList<>()).add(new ReportAuditEntry(
                        entry.getTimestamp("happened_at").toInstant(), entry.getString("actor"),
                        entry.getString("action"), entry.getString("detail"))))
                .list();
        return audit;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A section as stored: its version and its part of the content as JSON. */
    private record StoredSection(SectionVersion version, String json) {
    }

    /** A row of {@code project_report}, before its sections and audit trail are read. */
    private record Stored(UUID id, ReportKind kind, String projectJson, ReportStatus status, LocalDate dueOn,
                          @Nullable Timestamp submittedAt, @Nullable String submittedBy, int rowVersion) {

        static Stored of(ResultSet row) throws SQLException {
            return new Stored(row.getObject("id", UUID.class), ReportKind.valueOf(row.getString("kind")),
                    row.getString("project_json"), ReportStatus.valueOf(row.getString("status")),
                    row.getDate("due_on").toLocalDate(), row.getTimestamp("submitted_at"),
                    row.getString("submitted_by"), row.getInt("row_version"));
        }

        Report report(Map<UUID, Map<ReportSection, StoredSection>> sections,
                      Map<UUID, List<ReportAuditEntry>> audit) {
            ReportedProject project = JSON.readValue(projectJson, ReportedProject.class);
            Map<ReportSection, SectionVersion> versions = new EnumMap<>(ReportSection.class);
            Map<ReportSection, String> parts = new EnumMap<>(ReportSection.class);
            sections.getOrDefault(id, Map.of()).forEach((section, stored) -> {
                versions.put(section, stored.version());
                parts.put(section, stored.json());
            });
            Report report = new Report(new ReportId(id), kind, project, status, dueOn,
                    content(parts, project.language()), versions,
                    submittedAt == null ? null : submittedAt.toInstant(), submittedBy,
                    audit.getOrDefault(id, List.of()));
            report.loaded(rowVersion);
            return report;
        }
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
