package eu.sadarbe.reporting.domain;

import java.util.Map;

import eu.sadarbe.shared.Refusal;

/**
 * Someone of the project saved this section since the version the editor started from: nothing is overwritten; the
 * editor sees the current content and saves again on {@code currentVersion}.
 */
public class ReportSectionConflict extends RuntimeException implements Refusal {

    private final ReportSection section;
    private final int currentVersion;
    private final String savedBy;

    public ReportSectionConflict(ReportSection section, int currentVersion, String savedBy) {
        super("Report section " + section + " moved on to version " + currentVersion);
        this.section = section;
        this.currentVersion = currentVersion;
        this.savedBy = savedBy;
    }

    public ReportSection section() {
        return section;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String savedBy() {
        return savedBy;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return "reporting.api.conflict";
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return new Object[] {currentVersion};
    }

    /** Which section moved on, and to which version the editor sends it again. */
    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("section", section.slug(), "currentVersion", currentVersion);
    }
}
