package eu.sadarbe.drafting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the form of one line shows: the typed values by field name (rows of travellers or staff as
 * {@code r0.from}), the outputs ticked for a multiplier event, how many rows to show, and the errors by field,
 * worded for the reader. {@code index} is the line being changed, null when adding.
 */
record ActivityForm(ActivityKind kind, @Nullable Integer index, Map<String, String> values, List<String> outputs,
                    int rows, Map<String, String> errors) {

    ActivityForm {
        values = new LinkedHashMap<>(values);
        outputs = List.copyOf(outputs);
        errors = new LinkedHashMap<>(errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String row(int row, String field) {
        return value(rowField(row, field));
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public @Nullable String rowError(int row, String field) {
        return errors.get(rowField(row, field));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean isChange() {
        return index != null;
    }

    /** The element id of a field: {@code transnational-meetings-r0-from}. */
    public String id(String field) {
        return kind.slug() + "-" + field.replace('.', '-');
    }

    public String rowId(int row, String field) {
        return id(rowField(row, field));
    }

    static String rowField(int row, String field) {
        return "r" + row + "." + field;
    }

    ActivityForm withRows(int count) {
        return new ActivityForm(kind, index, values, outputs, count, errors);
    }
}
