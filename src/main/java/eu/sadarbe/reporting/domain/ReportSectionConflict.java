package eu.sadarbe.reporting.domain;

/**
 * Someone of the project saved this section since the version the editor started from: nothing is overwritten; the
 * editor sees the current content and saves again on {@code currentVersion}.
 */
public class ReportSectionConflict extends RuntimeException {

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
}
