package eu.sadarbe.drafting.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.calls.DistancePurpose;

/**
 * The lists of the application document v1 that the activity sections hold, each edited line by line: meetings
 * (R-FIN-04), intellectual outputs (R-FIN-05), multiplier events (R-FIN-06), learning, teaching and training
 * activities (R-FIN-07, R-FIN-08), special needs support (R-FIN-10) and exceptional costs (R-FIN-09).
 */
enum ActivityKind {
    MEETING(DraftSection.MEETINGS, "transnationalMeetings", "M", "travellers", DistancePurpose.MEETING),
    OUTPUT(DraftSection.OUTPUTS, "intellectualOutputs", "O", "staff", null),
    EVENT(DraftSection.MULTIPLIER_EVENTS, "multiplierEvents", "E", null, null),
    ACTIVITY(DraftSection.LEARNING_ACTIVITIES, "learningActivities", "C", "travellers",
            DistancePurpose.LEARNING_TRAVEL),
    SPECIAL_NEEDS(DraftSection.SPECIAL_COSTS, "specialNeedsSupport", null, null, null),
    EXCEPTIONAL_COST(DraftSection.SPECIAL_COSTS, "exceptionalCosts", null, null, null);

    private final DraftSection section;
    private final String field;
    private final @Nullable String idPrefix;
    private final @Nullable String rowsField;
    private final @Nullable DistancePurpose travel;

    ActivityKind(DraftSection section, String field, @Nullable String idPrefix, @Nullable String rowsField,
                 @Nullable DistancePurpose travel) {
        this.section = section;
        this.field = field;
        this.idPrefix = idPrefix;
        this.rowsField = rowsField;
        this.travel = travel;
    }

    public DraftSection section() {
        return section;
    }

    /** The document's list: {@code transnationalMeetings}. */
    public String field() {
        return field;
    }

    /** The name in URLs, messages and element ids: {@code transnational-meetings}. */
    public String slug() {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /** The letter of the document's line ids (M1, O1, E1, C1); null for lines without an id. */
    public @Nullable String idPrefix() {
        return idPrefix;
    }

    /** The list inside a line (travellers, staff), or null. */
    public @Nullable String rowsField() {
        return rowsField;
    }

    /** The distance band purpose of a line's travellers, or null when nobody travels. */
    public @Nullable DistancePurpose travel() {
        return travel;
    }

    public boolean hasRows() {
        return rowsField != null;
    }

    static List<ActivityKind> of(DraftSection section) {
        return Arrays.stream(values()).filter(kind -> kind.section == section).toList();
    }

    static Optional<ActivityKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
    }

    /** The sections whose pages are field-by-field forms of lines. */
    static boolean isActivitySection(DraftSection section) {
        return !of(section).isEmpty();
    }
}
