package eu.sadarbe.submission;

import java.util.Map;

import eu.sadarbe.eligibility.CheckReport;
import eu.sadarbe.shared.Refusal;

/** R-SUB-01: the frozen document has at least one ERROR finding, so it cannot be submitted. */
public class ApplicationNotEligible extends RuntimeException implements Refusal {

    private final transient CheckReport report;

    public ApplicationNotEligible(CheckReport report) {
        super("The application has " + report.findings().stream().filter(f -> f.isError()).count() + " errors");
        this.report = report;
    }

    public CheckReport report() {
        return report;
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String messageKey() {
        return "submission.problem.notEligible";
    }

    /** The findings, each with its rule id, in the reader's language. */
    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("findings", report.findings().stream().map(finding -> Map.<String, Object>of("rule",
                finding.rule(), "severity", finding.severity().name(), "path", finding.path(), "message",
                wording.text(finding.messageKey(), finding.arguments().toArray()))).toList());
    }
}
