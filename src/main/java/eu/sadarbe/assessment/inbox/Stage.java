package eu.sadarbe.assessment.inbox;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How far an application has come in its round (issue 13, item 16): the round dashboard counts each stage, and the
 * inbox lists the applications that reached it. Each stage has its SQL condition on {@code assessment_inbox},
 * never taken from the request.
 */
public enum Stage {
    // Issue 21: the assignments, consolidation and letter as the inbox row keeps them (assessment V340), so that
    // neither the filter nor the round dashboard reads those tables; StageCounts (tests) holds the same conditions
    // on the tables themselves and checks that both count alike.
    SUBMITTED("1 = 1"),
    FORMALLY_CHECKED("i.status <> 'SUBMITTED'"),
    ASSIGNED("i.assignments_counting > 0"),
    SCORED("i.assignments_submitted >= " + Stage.EXPERTS + " AND i.assignments_open = 0"),
    CONSOLIDATED("i.consolidated = TRUE"),
    DECIDED("i.status IN ('SELECTED', 'RESERVE', 'REJECTED')"),
    LETTERS_SENT("i.letter_issued = TRUE");

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
