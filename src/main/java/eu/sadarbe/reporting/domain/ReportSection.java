package eu.sadarbe.reporting.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts a report is written in, each saved with its own version (as a draft's sections are), so that two people
 * of the project editing different parts never conflict.
 */
public enum ReportSection {
    /** How the project was carried out, what it achieved, its impact and dissemination. */
    NARRATIVE,
    /** The public results summary in English and the project's language (R-REP-02). */
    SUMMARY,
    MEETINGS,
    OUTPUTS,
    MULTIPLIER_EVENTS,
    /** Learning, teaching and training activities with each participant. */
    LEARNING_ACTIVITIES,
    /** Special needs support and exceptional costs, real costs with evidence. */
    SPECIAL_COSTS;

    /** The name in URLs: {@code multiplier-events}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReportSection> fromSlug(String slug) {
        return Arrays.stream(values()).filter(section -> section.slug().equals(slug)).findFirst();
    }
}
