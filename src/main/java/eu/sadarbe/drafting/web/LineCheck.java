package eu.sadarbe.drafting.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.document.ApplicationDocument;

/** Reads one form, collecting every mistake rather than stopping at the first. */
final class LineCheck {

    private static final int MAXIMUM_WHOLE = 999_999;

    final ActivityForm form;
    final Map<String, String> errors = new LinkedHashMap<>();
    private final ApplicationDocument document;
    private final Locale locale;
    private final TravelDistances distances;
    private final MessageSource messages;

    LineCheck(ActivityForm form, ApplicationDocument document, Locale locale, TravelDistances distances,
              MessageSource messages) {
        this.form = form;
        this.document = document;
        this.locale = locale;
        this.distances = distances;
        this.messages = messages;
    }

    void id(ObjectNode line, JsonNode list) {
        String id = form.value("id").strip();
        if (id.isEmpty()) {
            id = ActivityForms.nextId(form.kind(), list);
        }
        if (id.length() > 20) {
            error("id", "activities.error.idTooLong", 20);
        } else if (ActivityForms.hasId(list, id, form.index() == null ? -1 : form.index())) {
            error("id", "activities.error.idTaken", id);
        }
        line.put("id", id);
    }

    void organisation(ObjectNode node, String field) {
        organisation(node, field, field);
    }

    void organisation(ObjectNode node, String field, int row) {
        organisation(node, field, ActivityForm.rowField(row, field));
    }

    private void organisation(ObjectNode node, String field, String name) {
        String value = form.value(name).strip();
        if (document.organisation(value).isEmpty()) {
            error(name, "activities.error.organisation." + field);
        }
        node.put(field, value);
    }

    void text(ObjectNode node, String field, int limit) {
        String value = form.value(field).strip();
        if (value.isEmpty()) {
            error(field, "activities.error.required." + field);
        } else if (value.length() > limit) {
            error(field, "activities.error.tooLong", limit);
        }
        node.put(field, value);
    }

    void choice(ObjectNode node, String field, List<String> allowed) {
        choice(node, field, allowed, field);
    }

    void choice(ObjectNode node, String field, List<String> allowed, int row) {
        choice(node, field, allowed, ActivityForm.rowField(row, field));
    }

    private void choice(ObjectNode node, String field, List<String> allowed, String name) {
        String value = form.value(name);
        if (!allowed.contains(value)) {
            error(name, "activities.error.choose." + field);
        }
        node.put(field, value);
    }

    void whole(ObjectNode node, String field, int minimum) {
        whole(node, field, minimum, field);
    }

    void whole(ObjectNode node, String field, int minimum, int row) {
        whole(node, field, minimum, ActivityForm.rowField(row, field));
    }

    private void whole(ObjectNode node, String field, int minimum, String name) {
        String value = form.value(name).strip();
        if (value.isEmpty()) {
            error(name, "activities.error.required." + field);
        } else if (!value.matches("\\d{1,6}") || Integer.parseInt(value) < minimum
                || Integer.parseInt(value) > MAXIMUM_WHOLE) {
            error(name, "activities.error.whole." + field, minimum);
        } else {
            node.put(field, Integer.parseInt(value));
        }
    }

    void money(ObjectNode node, String field) {
        String value = form.value(field).strip().replace(" ", "").replace(',', '.');
        if (value.isEmpty()) {
            error(field, "activities.error.required." + field);
        } else if (!value.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            error(field, "activities.error.money");
        } else {
            node.put(field, new BigDecimal(value).setScale(2));
        }
    }

    /** A chosen band or kilometres win; otherwise the calculator's distance between the two cities. */
    void distance(ObjectNode node, int row, String host) {
        String name = ActivityForm.rowField(row, "distance");
        String chosen = form.value(name);
        String kilometres = chosen.startsWith(ActivityForms.KILOMETRES)
                ? chosen.substring(ActivityForms.KILOMETRES.length()) : "";
        if (kilometres.matches("\\d{1,5}")) {
            node.put("distanceKm", Integer.parseInt(kilometres));
            return;
        }
        String from = form.row(row, "from");
        Optional<Integer> calculated = distances.kilometres(document, from, host);
        if (calculated.isPresent()) {
            node.put("distanceKm", calculated.get());
        } else if (!errors.containsKey(ActivityForm.rowField(row, "from")) && !errors.containsKey("host")) {
            error(name, "activities.error.distance");
        }
    }

    void error(String field, String key, Object... arguments) {
        errors.putIfAbsent(field, messages.getMessage(key, arguments, key, locale));
    }
}
