package eu.sadarbe.drafting.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

import eu.sadarbe.web.Formats;

/**
 * The difference of two versions of an application document (or of one of its sections), field by field in the
 * reader's words: "Partner 2 (Tallinna Tööstushariduskeskus) › City: Tallinn → Tartu", "Added: Transnational
 * meeting 3". Fields are named by their labels in the message bundles, codes by their names, organisations by
 * their names, money, numbers and dates as the reader's language writes them; long texts show an excerpt around
 * the change, never the whole text (issue #13).
 */
final class DocumentChanges {

    static final String SEPARATOR = " › ";
    static final int EXCERPT = 80;

    /** Fields of the document that are labelled with an existing message key. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("callYear", "check.callYear"),
            Map.entry("actionType", "drafting.field.actionType"),
            Map.entry("projectType", "drafting.field.projectType"),
            Map.entry("title", "drafting.field.title"),
            Map.entry("startDate", "drafting.field.startDate"),
            Map.entry("durationMonths", "drafting.field.durationMonths"),
            Map.entry("priorities", "submission.document.priorities"),
            Map.entry("legalName", "submission.document.legalName"),
            Map.entry("country", "submission.document.country"),
            Map.entry("city", "submission.document.city"),
            Map.entry("organisationType", "check.organisationType"),
            Map.entry("role", "check.role"),
            Map.entry("addedValue", "drafting.organisations.addedValue"),
            Map.entry("host", "submission.document.host"),
            Map.entry("from", "submission.document.travellersFrom"),
            Map.entry("participants", "check.participants"),
            Map.entry("distanceKm", "check.distanceKm"),
            Map.entry("lead", "submission.document.lead"),
            Map.entry("organisation", "submission.document.organisation"),
            Map.entry("category", "check.staffCategory"),
            Map.entry("days", "check.days"),
            Map.entry("outputs", "submission.document.outputsPresented"),
            Map.entry("localParticipants", "check.localParticipants"),
            Map.entry("internationalParticipants", "check.internationalParticipants"),
            Map.entry("activityType", "submission.document.activityType"),
            Map.entry("participantKind", "check.participantKind"),
            Map.entry("amount", "check.amount"),
            Map.entry("description", "submission.document.costDescription"),
            Map.entry("fileName", "drafting.annexes.file"),
            Map.entry("kind", "submission.document.annexKind"),
            Map.entry("size", "submission.document.size"),
            Map.entry("sha256", "submission.document.sha256"),
            Map.entry("needs", "drafting.section.NEEDS"),
            Map.entry("objectives", "drafting.section.OBJECTIVES"),
            Map.entry("targetGroups", "drafting.section.TARGET_GROUPS"),
            Map.entry("innovation", "drafting.section.INNOVATION"),
            Map.entry("partnership", "drafting.section.PARTNERSHIP"),
            Map.entry("impact", "drafting.section.IMPACT"),
            Map.entry("dissemination", "drafting.section.DISSEMINATION"));

    /** Codes named by the message key {@code prefix + code}. */
    private static final Map<String, String> CODES = Map.of(
            "actionType", "check.actionType.",
            "projectType", "check.projectType.",
            "organisationType", "check.organisationType.",
            "role", "check.role.",
            "category", "check.staffCategory.",
            "activityType", "check.activityType.",
            "participantKind", "check.participantKind.",
            "kind", "submission.document.annexKind.");

    /** Fields that hold the Organisation ID (or PIC) of an organisation of the document. */
    private static final Set<String> REFERENCES = Set.of("host", "from", "lead", "organisation");

    /** Containers that only group fields: their children are named without them. */
    private static final Set<String> TRANSPARENT = Set.of("description", "annexes", "declaration");

    /** Bookkeeping of the system, not answers of the applicant. */
    private static final Set<String> HIDDEN = Set.of("signedByAccount", "documentDigest", "id", "version");

    private final MessageSource messages;
    private final Locale locale;
    private final Formats formats;
    private final Function<String, String> organisations;
    private final Function<String, String> priorities;

    /**
     * @param organisations the name of an organisation of the document by its Organisation ID or PIC:
     *                      {@code Rīgas Valsts tehnikums (E10000001)}
     * @param priorities    the name of a priority by its code
     */
    DocumentChanges(MessageSource messages, Locale locale, Function<String, String> organisations,
                    Function<String, String> priorities) {
        this.messages = messages;
        this.locale = locale;
        this.formats = Formats.in(locale);
        this.organisations = organisations;
        this.priorities = priorities;
    }

    /** Every change from {@code before} to {@code after} (either may be missing), in the documents' order. */
    List<String> between(@Nullable JsonNode before, @Nullable JsonNode after) {
        List<String> changes = new ArrayList<>();
        compare("", "", absentIfNull(before), absentIfNull(after), changes);
        return changes;
    }

    private void compare(String path, String field, @Nullable JsonNode before, @Nullable JsonNode after,
                         List<String> changes) {
        if (before == null && after == null || before != null && before.equals(after)) {
            return;
        }
        if (isObject(before, after)) {
            Set<String> names = new LinkedHashSet<>();
            if (before != null) {
                names.addAll(before.propertyNames());
            }
            if (after != null) {
                names.addAll(after.propertyNames());
            }
            for (String name : names) {
                if (!HIDDEN.contains(name)) {
                    JsonNode old = child(before, name);
                    JsonNode now = child(after, name);
                    // Items of a list name themselves ("Partner 2", "Transnational meeting 3").
                    boolean grouping = TRANSPARENT.contains(name) || isListOfObjects(old) || isListOfObjects(now);
                    compare(grouping ? path : join(path, label(name)), name, old, now, changes);
                }
            }
        } else if (isArray(before, after)) {
            if (isListOfObjects(before) || isListOfObjects(after)) {
                new ItemMatch(field, before, after).changes(this, path, changes);
            } else {
                values(path, field, before, after, changes);
            }
        } else {
            changes.add(scalar(path.isEmpty() ? label(field) : path, field, before, after));
        }
    }

    /** A list of codes or IDs (priorities, outputs presented): what was added and what removed. */
    private void values(String path, String field, @Nullable JsonNode before, @Nullable JsonNode after,
                        List<String> changes) {
        List<String> old = texts(before);
        List<String> now = texts(after);
        String name = path.isEmpty() ? label(field) : path;
        now.stream().filter(value -> !old.contains(value))
                .forEach(value -> changes.add(text("drafting.change.addedValue", name, value(field, value))));
        old.stream().filter(value -> !now.contains(value))
                .forEach(value -> changes.add(text("drafting.change.removedValue", name, value(field, value))));
    }

    private String scalar(String name, String field, @Nullable JsonNode before, @Nullable JsonNode after) {
        if (before == null) {
            return text("drafting.change.filledIn", name, shown(field, after));
        }
        if (after == null) {
            return text("drafting.change.cleared", name, shown(field, before));
        }
        if (before.isString() && after.isString()
                && (before.asString().length() > EXCERPT || after.asString().length() > EXCERPT)) {
            return longText(name, before.asString(), after.asString());
        }
        return text("drafting.change.changed", name, shown(field, before), shown(field, after));
    }

    /** A long text: how long it was and is, and the words around the first change. */
    private String longText(String name, String before, String after) {
        int common = 0;
        while (common < before.length() && common < after.length() && before.charAt(common) == after.charAt(common)) {
            common++;
        }
        return text("drafting.change.text", name, formats.number(before.length()), formats.number(after.length()),
                excerpt(after.isEmpty() ? before : after, common));
    }

    static String excerpt(String text, int around) {
        int start = Math.max(0, Math.min(around - 20, text.length() - EXCERPT));
        int end = Math.min(text.length(), start + EXCERPT);
        String excerpt = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "…" : "") + excerpt + (end < text.length() ? "…" : "");
    }

    private String shown(String field, @Nullable JsonNode value) {
        if (value == null) {
            return "";
        }
        if (value.isBoolean()) {
            return text(value.asBoolean() ? "drafting.change.yes" : "drafting.change.no");
        }
        if (value.isNumber() && field.equals("callYear")) {
            return value.asString();
        }
        if (value.isNumber()) {
            return field.equals("amount") || field.equals("eligibleCost") ? formats.money(value.decimalValue())
                    : formats.number(value.decimalValue());
        }
        if (value.isString()) {
            String text = value.asString();
            if (text.length() > EXCERPT) {
                return "“" + excerpt(text, 0) + "”";
            }
            return value(field, text);
        }
        return value.toString();
    }

    /** A value as people read it: a code by its name, an organisation by its name, a date in their language. */
    String value(String field, String value) {
        if (CODES.containsKey(field)) {
            return messages.getMessage(CODES.get(field) + value, null, value, locale);
        }
        if (REFERENCES.contains(field) || field.equals("oid") || field.equals("pic")) {
            return REFERENCES.contains(field) ? organisations.apply(value) : value;
        }
        if (field.equals("priorities")) {
            return priorities.apply(value);
        }
        if (field.equals("startDate")) {
            try {
                return formats.date(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        return value;
    }

    String label(String field) {
        String key = LABELS.get(field);
        return key != null ? text(key) : messages.getMessage("drafting.change.field." + field, null, field, locale);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    static String join(String path, String label) {
        return path.isEmpty() ? label : path + SEPARATOR + label;
    }

    void compareItems(String path, @Nullable JsonNode before, @Nullable JsonNode after, List<String> changes) {
        compare(path, "", before, after, changes);
    }

    private static List<String> texts(@Nullable JsonNode list) {
        List<String> texts = new ArrayList<>();
        if (list != null) {
            list.forEach(value -> texts.add(value.isString() ? value.asString() : value.toString()));
        }
        return texts;
    }

    private static boolean isObject(@Nullable JsonNode before, @Nullable JsonNode after) {
        return (before == null || before.isObject()) && (after == null || after.isObject());
    }

    private static boolean isArray(@Nullable JsonNode before, @Nullable JsonNode after) {
        return (before == null || before.isArray()) && (after == null || after.isArray());
    }

    private static boolean isListOfObjects(@Nullable JsonNode list) {
        return list != null && !list.isEmpty() && list.get(0).isObject();
    }

    private static @Nullable JsonNode child(@Nullable JsonNode node, String name) {
        return node == null ? null : absentIfNull(node.get(name));
    }

    private static @Nullable JsonNode absentIfNull(@Nullable JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }
}
