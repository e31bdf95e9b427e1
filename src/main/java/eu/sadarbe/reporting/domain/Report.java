package eu.sadarbe.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.ReportSubmitted;

/**
 * A project's interim or final report (rules file section 6): written section by section by the project's people
 * while it is open, each section saved on the version its editor started from; submitted to the agency, which may
 * return it for changes, assesses it and closes it. Events it registers are published after it is saved.
 */
public class Report {

    private final ReportId id;
    private final ReportKind kind;
    private ReportedProject project;
    private ReportStatus status;
    private LocalDate dueOn;
    private ReportContent content;
    private final Map<ReportSection, SectionVersion> versions;
    private @Nullable Instant submittedAt;
    private @Nullable String submittedBy;
    private final List<ReportAuditEntry> audit;
    private final List<Object> events = new ArrayList<>();
    private int rowVersion;

    Report(ReportId id, ReportKind kind, ReportedProject project, ReportStatus status, LocalDate dueOn,
           ReportContent content, Map<ReportSection, SectionVersion> versions, @Nullable Instant submittedAt,
           @Nullable String submittedBy, List<ReportAuditEntry> audit) {
        this.id = id;
        this.kind = kind;
        this.project = project;
        this.status = status;
        this.dueOn = dueOn;
        this.content = content;
        this.versions = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            this.versions.put(section, versions.getOrDefault(section, SectionVersion.NEVER_SAVED));
        }
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.audit = new ArrayList<>(audit);
    }

    /** The report an agreement in force owes, empty, due on {@code dueOn}. */
    public static Report open(ReportedProject project, ReportKind kind, LocalDate dueOn, Instant at) {
        Report report = new Report(ReportId.random(), kind, project, ReportStatus.OPEN, dueOn,
                ReportContent.empty(project.language()), Map.of(), null, null, List.of());
        report.audit.add(new ReportAuditEntry(at, "sadarbe", "opened", kind + " due " + dueOn));
        return report;
    }

    /**
     * Replaces one section with the same section of {@code edited}, when {@code baseVersion} is the section's
     * current version; otherwise nothing changes and the editor is told who saved it meanwhile.
     */
    public void save(ReportSection section, ReportContent edited, int baseVersion, String by, Instant at) {
        requireStatus(ReportStatus.OPEN, "reporting.refused.notOpen");
        SectionVersion current = versions.get(section);
        if (current.version() != baseVersion) {
            throw new ReportSectionConflict(section, current.version(),
                    current.savedBy() == null ? "" : current.savedBy());
        }
        content = switch (section) {
            case NARRATIVE -> new ReportContent(edited.narrative(), content.summary(), content.meetings(),
                    content.outputs(), content.multiplierEvents(), content.learningActivities(),
                    content.specialNeeds(), content.exceptionalCosts());
            case SUMMARY -> new ReportContent(content.narrative(), edited.summary(), content.meetings(),
                    content.outputs(), content.multiplierEvents(), content.learningActivities(),
                    content.specialNeeds(), content.exceptionalCosts());
            case MEETINGS -> new ReportContent(content.narrative(), content.summary(), edited.meetings(),
                    content.outputs(), content.multiplierEvents(), content.learningActivities(),
                    content.specialNeeds(), content.exceptionalCosts());
            case OUTPUTS -> new ReportContent(content.narrative(), content.summary(), content.meetings(),
                    edited.outputs(), content.multiplierEvents(), content.learningActivities(),
                    content.specialNeeds(), content.exceptionalCosts());
            case MULTIPLIER_EVENTS -> new ReportContent(content.narrative(), content.summary(), content.meetings(),
                    content.outputs(), edited.multiplierEvents(), content.learningActivities(),
                    content.specialNeeds(), content.exceptionalCosts());
            case LEARNING_ACTIVITIES -> new ReportContent(content.narrative(), content.summary(),
                    content.meetings(), content.outputs(), content.multiplierEvents(), edited.learningActivities(),
                    content.specialNeeds(), content.exceptionalCosts());
            case SPECIAL_COSTS -> new ReportContent(content.narrative(), content.summary(), content.meetings(),
                    content.outputs(), content.multiplierEvents(), content.learningActivities(),
                    edited.specialNeeds(), edited.exceptionalCosts());
        };
        versions.put(section, new SectionVersion(current.version() + 1, by, at));
    }

    /**
     * The project sends the report to the agency. A final report needs its public results summary (R-REP-02); a
     * late one is still taken, and its lateness is on record.
     */
    public void submit(String by, Instant at) {
        requireStatus(ReportStatus.OPEN, "reporting.refused.notOpen");
        if (kind == ReportKind.FINAL && !content.summary().isComplete()) {
            throw new ReportRefused("reporting.refused.summaryMissing", "R-REP-02");
        }
        status = ReportStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
        audit.add(new ReportAuditEntry(at, by, "submitted", ""));
        events.add(new ReportSubmitted(id, kind, project.agreementId(), project.applicationId(),
                project.applicationNumber(), project.agencyCode(), dueOn, at, by));
    }

    /** The officer sends a submitted report back to the project with what to change; it is open again. */
    public void returnForChanges(String reason, String officer, Instant at) {
        requireStatus(ReportStatus.SUBMITTED, "reporting.refused.notSubmitted");
        if (reason.isBlank()) {
            throw new ReportRefused("reporting.refused.reasonMissing", null);
        }
        status = ReportStatus.OPEN;
        audit.add(new ReportAuditEntry(at, officer, "returned", reason.strip()));
    }

    /** The agreement was amended: the report answers to the new version; a later end moves the due date. */
    public void agreementAmended(ReportedProject amended, LocalDate newDueOn, Instant at) {
        project = amended;
        if (!newDueOn.equals(dueOn)) {
            audit.add(new ReportAuditEntry(at, "sadarbe", "rescheduled", dueOn + " → " + newDueOn));
            dueOn = newDueOn;
        }
    }

    /** The agency assessed the submitted report (the assessment itself is kept beside it). */
    public void assessed(String officer, Instant at) {
        requireStatus(ReportStatus.SUBMITTED, "reporting.refused.notSubmitted");
        status = ReportStatus.ASSESSED;
        audit.add(new ReportAuditEntry(at, officer, "assessed", ""));
    }

    /** What followed the assessment was ordered (second pre-financing, balance or recovery): nothing is left. */
    public void close(String officer, Instant at) {
        requireStatus(ReportStatus.ASSESSED, "reporting.refused.notAssessed");
        status = ReportStatus.CLOSED;
        audit.add(new ReportAuditEntry(at, officer, "closed", ""));
    }

    /**
     * The final report was settled while this interim report was never sent: the final one covers the whole project
     * (rules file section 6), so nothing is left to do here and it is no longer owed, nor late.
     */
    public void superseded(String officer, Instant at) {
        if (kind != ReportKind.INTERIM) {
            throw new IllegalStateException("Only an interim report is superseded by the final one");
        }
        requireStatus(ReportStatus.OPEN, "reporting.refused.notOpen");
        status = ReportStatus.CLOSED;
        audit.add(new ReportAuditEntry(at, officer, "superseded", ""));
    }

    /** Adds a step to the trail for something decided beside the report (an activity found ineligible, …). */
    public void record(String actor, String action, String detail, Instant at) {
        audit.add(new ReportAuditEntry(at, actor, action, detail));
    }

    /** Open after its due date: late (R-REP-01). */
    public boolean isOverdue(LocalDate today) {
        return status == ReportStatus.OPEN && today.isAfter(dueOn);
    }

    private void requireStatus(ReportStatus required, String messageKey) {
        if (status != required) {
            throw new ReportRefused(messageKey, null, status);
        }
    }

    void loaded(int version) {
        this.rowVersion = version;
    }

    int loadedRowVersion() {
        return rowVersion;
    }

    /** Events registered since the report was loaded, for the service to publish after saving. */
    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public ReportId id() {
        return id;
    }

    public ReportKind kind() {
        return kind;
    }

    public ReportedProject project() {
        return project;
    }

    public ReportStatus status() {
        return status;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ReportContent content() {
        return content;
    }

    public SectionVersion version(ReportSection section) {
        return versions.get(section);
    }

    public Map<ReportSection, SectionVersion> versions() {
        return Map.copyOf(versions);
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable String submittedBy() {
        return submittedBy;
    }

    public List<ReportAuditEntry> audit() {
        return List.copyOf(audit);
    }
}
