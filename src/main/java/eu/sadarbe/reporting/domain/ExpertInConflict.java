package eu.sadarbe.reporting.domain;

import java.util.List;

import eu.sadarbe.assessment.ExpertConflicts;

/**
 * The officer chose an expert with a conflict of interest with the report's consortium (issue 19 item 4, the checks
 * of applications): refused, with the conflicts found for the page to say.
 */
public class ExpertInConflict extends ReportRefused {

    private final transient List<ExpertConflicts.Conflict> conflicts;

    public ExpertInConflict(List<ExpertConflicts.Conflict> conflicts) {
        super("reportExperts.refused.conflict", null);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<ExpertConflicts.Conflict> conflicts() {
        return conflicts;
    }
}
