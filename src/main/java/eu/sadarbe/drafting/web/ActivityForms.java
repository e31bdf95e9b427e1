package eu.sadarbe.drafting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.calls.StaffCategory;

/**
 * Reads the form of one activity line into its part of the application document v1, field by field, and words
 * every mistake beside its field; fills the form from a saved line for changing it. A traveller line without a
 * chosen band takes the distance calculator's kilometres (R-FIN-04, R-FIN-07).
 */
@Component
class ActivityForms {

    static final String CALCULATED = "";
    static final String KILOMETRES = "km:";

    private final TravelDistances distances;
    private final MessageSource messages;

    ActivityForms(TravelDistances distances, MessageSource messages) {
        this.distances = distances;
        this.messages = messages;
    }

    /** The fields of a line, in the order of the form. */
    static List<String> fields(ActivityKind kind) {
        return switch (kind) {
            case MEETING -> List.of("id", "host");
            case OUTPUT -> List.of("id", "title", "lead");
            case EVENT -> List.of("id", "host", "localParticipants", "internationalParticipants");
            case ACTIVITY -> List.of("id", "activityType", "host");
            case SPECIAL_NEEDS -> List.of("organisation", "amount");
            case EXCEPTIONAL_COST -> List.of("organisation", "description", "eligibleCost");
        };
    }

    /** The fields of a traveller or staff row. */
    static List<String> rowFields(ActivityKind kind) {
        return switch (kind) {
            case MEETING -> List.of("from", "participants", "distance");
            case OUTPUT -> List.of("organisation", "category", "days");
            case ACTIVITY -> List.of("from", "participantKind", "participants", "days", "distance");
            default -> List.of();
        };
    }

    /** An empty form, with a suggested id and a traveller row for every organisation. */
    ActivityForm blank(ActivityKind kind, ApplicationDocument document, JsonNode list) {
        Map<String, String> values = new LinkedHashMap<>();
        if (kind.idPrefix() != null) {
            values.put("id", nextId(kind, list));
        }
        int rows = 0;
        if (kind.travel() != null) {
            for (Organisation organisation : document.organisations()) {
                values.put(ActivityForm.rowField(rows++, "from"), organisation.identifier());
            }
        }
        return new ActivityForm(kind, null, values, List.of(), Math.max(rows, kind.hasRows() ? 2 : 0), Map.of());
    }

    /** The form of a saved line, for changing it; a distance the calculator would give shows as calculated. */
    ActivityForm of(ActivityKind kind, int index, JsonNode line, ApplicationDocument document) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields(kind)) {
            JsonNode value = line.get(field);
            if (value != null && !value.isNull()) {
                values.put(field, value.isNumber() ? value.numberValue().toString() : value.asString(""));
            }
        }
        List<String> outputs = new ArrayList<>();
        line.path("outputs").forEach(output -> outputs.add(output.asString("")));
        int rows = 0;
        if (kind.hasRows()) {
            for (JsonNode row : line.path(kind.rowsField())) {
                for (String field : rowFields(kind)) {
                    if (field.equals("distance")) {
                        int km = row.path("distanceKm").asInt(0);
                        boolean calculated = distances.kilometres(document, row.path("from").asString(""),
                                line.path("host").asString("")).filter(found -> found == km).isPresent();
                        values.put(ActivityForm.rowField(rows, field), calculated ? CALCULATED : KILOMETRES + km);
                    } else if (row.has(field)) {
                        values.put(ActivityForm.rowField(rows, field), row.get(field).asString(""));
                    }
                }
                rows++;
            }
        }
        return new ActivityForm(kind, index, values, outputs, rows + (kind.hasRows() ? 1 : 0), Map.of());
    }

    /** What was posted, kept as typed so that nothing is lost when it has mistakes. */
    static ActivityForm posted(ActivityKind kind, @Nullable Integer index, MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        int rows = 0;
        for (var entry : form.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue().isEmpty() || entry.getValue().get(0) == null ? "" : entry.getValue().get(0);
            if (fields(kind).contains(name)) {
                values.put(name, value);
            } else if (name.matches("r\\d{1,3}\\..+")
                    && rowFields(kind).contains(name.substring(name.indexOf('.') + 1))) {
                values.put(name, value);
                rows = Math.max(rows, Integer.parseInt(name.substring(1, name.indexOf('.'))) + 1);
            }
        }
        List<String> outputs = Optional.ofNullable(form.get("outputs")).orElse(List.of());
        return new ActivityForm(kind, index, values, outputs, rows, Map.of());
    }

    /**
     * The line the form describes, or the form with its errors. {@code list} is the section's current list, for
     * unique ids; {@code outputIds} the project's intellectual outputs, for multiplier events.
     */
    Result line(ActivityForm form, ApplicationDocument document, JsonNode list, List<String> outputIds,
                Locale locale) {
        LineCheck check = new LineCheck(form, document, locale, distances, messages);
        ObjectNode line = DocumentJson.JSON.createObjectNode();
        ActivityKind kind = form.kind();
        if (kind.idPrefix() != null) {
            check.id(line, list);
        }
        switch (kind) {
            case MEETING -> check.organisation(line, "host");
            case OUTPUT -> {
                check.text(line, "title", 200);
                check.organisation(line, "lead");
            }
            case EVENT -> {
                check.organisation(line, "host");
                ArrayNode outputs = line.putArray("outputs");
                for (String output : form.outputs()) {
                    if (outputIds.contains(output)) {
                        outputs.add(output);
                    }
                }
                check.whole(line, "localParticipants", 0);
                check.whole(line, "internationalParticipants", 0);
            }
            case ACTIVITY -> {
                check.choice(line, "activityType", names(ActivityType.values()));
                check.organisation(line, "host");
            }
            case SPECIAL_NEEDS -> {
                check.organisation(line, "organisation");
                check.money(line, "amount");
            }
            case EXCEPTIONAL_COST -> {
                check.organisation(line, "organisation");
                check.text(line, "description", 500);
                check.money(line, "eligibleCost");
            }
        }
        if (kind.hasRows()) {
            rows(check, line);
        }
        return new Result(check.errors.isEmpty() ? line : null,
                new ActivityForm(kind, form.index(), form.values(), form.outputs(), form.rows(), check.errors));
    }

    private void rows(LineCheck check, ObjectNode line) {
        ActivityKind kind = check.form.kind();
        ArrayNode rows = line.putArray(kind.rowsField());
        for (int row = 0; row < check.form.rows(); row++) {
            String amountField = kind == ActivityKind.OUTPUT ? "days" : "participants";
            if (check.form.row(row, amountField).isBlank()) {
                continue;
            }
            ObjectNode node = DocumentJson.JSON.createObjectNode();
            switch (kind) {
                case MEETING -> {
                    check.organisation(node, "from", row);
                    check.whole(node, "participants", 1, row);
                }
                case OUTPUT -> {
                    check.organisation(node, "organisation", row);
                    check.choice(node, "category", names(StaffCategory.values()), row);
                    check.whole(node, "days", 1, row);
                }
                default -> {
                    check.organisation(node, "from", row);
                    check.choice(node, "participantKind", names(ParticipantKind.values()), row);
                    check.whole(node, "participants", 1, row);
                    check.whole(node, "days", 1, row);
                }
            }
            if (kind.travel() != null) {
                check.distance(node, row, line.path("host").asString(""));
            }
            rows.add(node);
        }
        if (rows.isEmpty() && kind.travel() != null) {
            check.error(ActivityForm.rowField(0, "participants"), "activities.error.noTravellers");
        }
    }

    static String nextId(ActivityKind kind, JsonNode list) {
        int number = list.size() + 1;
        while (hasId(list, kind.idPrefix() + number, -1)) {
            number++;
        }
        return kind.idPrefix() + number;
    }

    static boolean hasId(JsonNode list, String id, int except) {
        for (int i = 0; i < list.size(); i++) {
            if (i != except && id.equals(list.get(i).path("id").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The line read from a form: the line when the form has no mistakes, and the form with its errors. */
    record Result(@Nullable ObjectNode line, ActivityForm form) {
    }
}
