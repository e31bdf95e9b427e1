package eu.sadarbe.submission;

import eu.sadarbe.eligibility.CheckReport;

/** R-SUB-01: the frozen document has at least one ERROR finding, so it cannot be submitted. */
public class ApplicationNotEligible extends RuntimeException {

    private final transient CheckReport report;

    public ApplicationNotEligible(CheckReport report) {
        super("The application has " + report.findings().stream().filter(f -> f.isError()).count() + " errors");
        this.report = report;
    }

    public CheckReport report() {
        return report;
    }
}
