package eu.sadarbe.assessment.inbox;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How far an application has come in its round (issue 13, item 16): the round dashboard counts each stage, and the
 * inbox lists the applications that reached it. Each stage has its SQL condition on {@code assessment_inbox},
 * never taken from the request.
 */
public enum Stage {
    SUBMITTED("1 = 1"),
    FORMALLY_CHECKED("i.status <> 'SUBMITTED'"),
    ASSIGNED("EXISTS (SELECT 1 FROM assessment_assignment a WHERE a.application_id = i.application_id"
            + " AND a.status IN ('OFFERED', 'ACCEPTED', 'SUBMITTED'))"),
    SCORED("(SELECT COUNT(*) FROM assessment_assignment a WHERE a.application_id = i.application_id"
            + " AND a.status = 'SUBMITTED') >= " + Stage.EXPERTS
            + " AND NOT EXISTS (SELECT 1 FROM assessment_assignment a"
            + " WHERE a.application_id = i.application_id AND a.status IN ('OFFERED', 'ACCEPTED'))"),
    CONSOLIDATED("EXISTS (SELECT 1 FROM assessment_consolidation c WHERE c.application_id = i.application_id)"),
    DECIDED("i.status IN ('SELECTED', 'RESERVE', 'REJECTED')"),
    // Issue 21: the letter's audit entry carries the application's agency (SelectionDesk), so the agency's entries
    // of that action are found on the index assessment_audit_by_action (V310), not by reading the whole trail
    LETTERS_SENT("EXISTS (SELECT 1 FROM assessment_audit d WHERE d.application_id = i.application_id"
            + " AND d.national_agency_code = i.national_agency_code AND d.action = 'selection.letterIssued')");

    /** Where SCORED needs the number of experts per application (R-AWD-03, a figure by call year). */
    private static final String EXPERTS = "{expertsPerApplication}";

    private final String condition;

    Stage(String condition) {
        this.condition = condition;
    }

    /**
     * The SQL condition; {@code expertsPerApplication} is the SQL expression of R-AWD-03's figure for the row's call
     * year and action type, built from the rule figures, never from the request.
     */
    String condition(String expertsPerApplication) {
        return condition.replace(EXPERTS, expertsPerApplication);
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static @Nullable Stage of(@Nullable String parameter) {
        for (Stage stage : values()) {
            if (stage.parameter().equalsIgnoreCase(parameter == null ? "" : parameter.strip())) {
                return stage;
            }
        }
        return null;
    }
}
