package eu.sadarbe.drafting.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.calls.DistanceBand;
import eu.sadarbe.calls.StaffCategory;

/** One kind's table and form, with what the form's selects and the calculator offer. */
record ActivityPanel(ActivityKind kind, List<ActivityLines.Line> lines, ActivityForm form, List<Choice> organisations,
                     List<TravelDistances.@Nullable Travel> calculated, List<DistanceBand> bands,
                     List<String> outputIds) {

    public String slug() {
        return kind.slug();
    }

    public List<String> fields() {
        return ActivityForms.fields(kind);
    }

    public List<String> rowFields() {
        return ActivityForms.rowFields(kind);
    }

    public String rowLabelKey(String rowField) {
        return "activities.row." + (kind == ActivityKind.OUTPUT && rowField.equals("days") ? "daysOfStaff" : rowField);
    }

    /** How wide a row's field is in the grid: organisations, kinds and bands half, numbers a quarter. */
    public String width(String rowField) {
        return rowField.equals("participants") || rowField.equals("days") ? "one-quarter" : "one-half";
    }

    public List<ActivityType> activityTypes() {
        return List.of(ActivityType.values());
    }

    public List<ParticipantKind> participantKinds() {
        return List.of(ParticipantKind.values());
    }

    public List<StaffCategory> staffCategories() {
        return List.of(StaffCategory.values());
    }

    public TravelDistances.@Nullable Travel calculatedAt(int row) {
        return row < calculated.size() ? calculated.get(row) : null;
    }

    /** An option of a select: the value and what the reader sees. */
    record Choice(String value, String label) {
    }
}
