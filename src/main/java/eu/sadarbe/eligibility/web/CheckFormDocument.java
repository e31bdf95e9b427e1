package eu.sadarbe.eligibility.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the short form as an application document, so that the page and the API share one reader and one
 * check. Organisations get an identifier from their row number; blank rows are left out; numbers that are not
 * numbers stay text, for the reader to name. Every field written is remembered with the form field it came from,
 * so that a fault in the document is shown beside the field the visitor typed, in words, not as a JSON Pointer.
 */
final class CheckFormDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The form field behind a place in the document: its element id and its label. */
    record FormField(String id, MessageSourceResolvable label) {
    }

    /** The document and, by JSON Pointer, the form fields it was written from. */
    record Written(String json, Map<String, FormField> fields) {
    }

    private final Map<String, FormField> fields = new LinkedHashMap<>();

    private CheckFormDocument() {
    }

    /**
     * The document written from the form. {@code identifiesByOid} answers, for the typed call year, whether its
     * organisations are identified by OID rather than PIC (R-ELIG-10, the call year's rule figure); a call year that
     * is not a number gets OIDs.
     */
    static Written written(CheckForm form, IntPredicate identifiesByOid) {
        return new CheckFormDocument().write(form, identifiesByOid);
    }

    private Written write(CheckForm form, IntPredicate identifiesByOid) {
        field("/callYear", "callYear", label("check.callYear"));
        field("/actionType", "actionType", label("check.actionType"));
        field("/projectType", "projectType", label("check.projectType"));
        field("/durationMonths", "durationMonths", label("check.durationMonths"));
        field("/priorities", "priority", label("check.priority"));
        field("/specialNeedsSupport/0/amount", "specialNeeds", label("check.specialNeeds"));
        field("/exceptionalCosts/0/eligibleCost", "exceptionalCosts", label("check.exceptionalCosts"));
        ObjectNode document = NODES.objectNode();
        number(document, "callYear", form.getCallYear());
        text(document, "actionType", form.getActionType());
        text(document, "projectType", form.getProjectType());
        document.put("title", "Self-check");
        number(document, "durationMonths", form.getDurationMonths());
        ArrayNode priorities = document.putArray("priorities");
        if (form.isPriority()) {
            priorities.add("HZ-KEY-COMPETENCES");
        }
        boolean byOid = form.getCallYear() == null || !form.getCallYear().trim().matches("\\d{1,9}")
                || identifiesByOid.test(Integer.parseInt(form.getCallYear().trim()));
        ArrayNode organisations = document.putArray("organisations");
        List<CheckForm.OrganisationRow> rows = form.getOrganisations();
        for (int index = 0; index < rows.size(); index++) {
            CheckForm.OrganisationRow row = rows.get(index);
            if (isBlank(row.getCountry())) {
                continue;
            }
            String at = "/organisations/" + organisations.size();
            for (String[] name : new String[][] {{"country", "country", "check.country"},
                    {"organisationType", "type", "check.organisationType"}, {"role", "role", "check.role"}}) {
                field(at + "/" + name[0], "org-" + index + "-" + name[1],
                        label("check.organisationField", index + 1, label(name[2])));
            }
            ObjectNode organisation = organisations.addObject();
            organisation.put(byOid ? "oid" : "pic", identifier(index + 1, byOid));
            organisation.put("legalName", "Organisation " + (index + 1));
            text(organisation, "country", row.getCountry() == null ? null : row.getCountry().trim().toUpperCase());
            text(organisation, "organisationType", row.getOrganisationType());
            text(organisation, "role", row.getRole());
            if (row.isEche()) {
                organisation.put("echeCode", "ECHE");
            }
            if (row.isAddedValue()) {
                organisation.put("addedValue", "Explained in the application");
            }
        }
        ArrayNode meetings = document.putArray("transnationalMeetings");
        for (int index = 0; index < form.getMeetings().size(); index++) {
            CheckForm.MeetingRow row = form.getMeetings().get(index);
            if (!isBlank(row.getParticipants())) {
                String at = "/transnationalMeetings/" + meetings.size();
                rowField(at + "/host", "meeting", index, "host", "check.meetingsCaption");
                for (String name : List.of("from", "participants", "distanceKm")) {
                    rowField(at + "/travellers/0/" + name, "meeting", index, name, "check.meetingsCaption");
                }
                ObjectNode meeting = meetings.addObject();
                reference(meeting, "host", row.getHost(), byOid);
                ObjectNode traveller = meeting.putArray("travellers").addObject();
                reference(traveller, "from", row.getFrom(), byOid);
                number(traveller, "participants", row.getParticipants());
                number(traveller, "distanceKm", row.getDistanceKm());
            }
        }
        ArrayNode outputs = document.putArray("intellectualOutputs");
        for (int index = 0; index < form.getOutputs().size(); index++) {
            CheckForm.OutputRow row = form.getOutputs().get(index);
            if (!isBlank(row.getDays())) {
                String at = "/intellectualOutputs/" + outputs.size() + "/staff/0/";
                rowField(at + "organisation", "output", index, "organisation", "check.outputsCaption",
                        "check.organisationNumber");
                rowField(at + "category", "output", index, "category", "check.outputsCaption", "check.staffCategory");
                rowField(at + "days", "output", index, "days", "check.outputsCaption", "check.days");
                ObjectNode output = outputs.addObject().put("id", "O" + (index + 1));
                ObjectNode staff = output.putArray("staff").addObject();
                reference(staff, "organisation", row.getOrganisation(), byOid);
                text(staff, "category", row.getCategory());
                number(staff, "days", row.getDays());
            }
        }
        ArrayNode events = document.putArray("multiplierEvents");
        for (int index = 0; index < form.getEvents().size(); index++) {
            CheckForm.EventRow row = form.getEvents().get(index);
            if (!isBlank(row.getLocalParticipants()) || !isBlank(row.getInternationalParticipants())) {
                String at = "/multiplierEvents/" + events.size() + "/";
                for (String name : List.of("host", "localParticipants", "internationalParticipants")) {
                    rowField(at + name, "event", index, name, "check.eventsCaption");
                }
                ObjectNode event = events.addObject();
                reference(event, "host", row.getHost(), byOid);
                number(event, "localParticipants", isBlank(row.getLocalParticipants()) ? "0" : row.getLocalParticipants());
                number(event, "internationalParticipants",
                        isBlank(row.getInternationalParticipants()) ? "0" : row.getInternationalParticipants());
            }
        }
        ArrayNode activities = document.putArray("learningActivities");
        for (int index = 0; index < form.getActivities().size(); index++) {
            CheckForm.ActivityRow row = form.getActivities().get(index);
            if (!isBlank(row.getParticipants())) {
                String at = "/learningActivities/" + activities.size() + "/";
                rowField(at + "activityType", "activity", index, "activityType", "check.activitiesCaption");
                rowField(at + "host", "activity", index, "host", "check.activitiesCaption");
                for (String name : List.of("from", "participantKind", "participants", "distanceKm", "days")) {
                    rowField(at + "travellers/0/" + name, "activity", index, name, "check.activitiesCaption");
                }
                ObjectNode activity = activities.addObject();
                text(activity, "activityType", row.getActivityType());
                reference(activity, "host", row.getHost(), byOid);
                ObjectNode traveller = activity.putArray("travellers").addObject();
                reference(traveller, "from", row.getFrom(), byOid);
                text(traveller, "participantKind", row.getParticipantKind());
                number(traveller, "participants", row.getParticipants());
                number(traveller, "distanceKm", row.getDistanceKm());
                number(traveller, "days", row.getDays());
            }
        }
        realCost(document, "specialNeedsSupport", "amount", form.getSpecialNeeds(), byOid);
        realCost(document, "exceptionalCosts", "eligibleCost", form.getExceptionalCosts(), byOid);
        return new Written(JSON.writeValueAsString(document), Map.copyOf(fields));
    }

    private void field(String pointer, String id, MessageSourceResolvable label) {
        fields.put(pointer, new FormField(id, label));
    }

    private void rowField(String pointer, String table, int index, String name, String caption) {
        rowField(pointer, table, index, name, caption, "check." + name);
    }

    private void rowField(String pointer, String table, int index, String name, String caption, String nameKey) {
        field(pointer, table + "-" + index + "-" + name, label("check.rowField", label(caption), index + 1,
                label(nameKey)));
    }

    private static MessageSourceResolvable label(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }

    /** Real costs are entered as one amount for the applicant (row 1). */
    private static void realCost(ObjectNode document, String list, String field, @Nullable String amount, boolean byOid) {
        ArrayNode costs = document.putArray(list);
        if (!isBlank(amount)) {
            ObjectNode cost = costs.addObject().put("organisation", identifier(1, byOid));
            String typed = amount.trim().replace(',', '.');
            if (typed.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
                cost.put(field, new java.math.BigDecimal(typed));
            } else {
                cost.put(field, typed);
            }
        }
    }

    static String identifier(int number, boolean byOid) {
        return byOid ? String.format("E%08d", 10000000 + number) : String.format("%09d", 900000000 + number);
    }

    private static void reference(ObjectNode node, String name, @Nullable String number, boolean byOid) {
        if (!isBlank(number) && number.trim().matches("\\d{1,2}")) {
            node.put(name, identifier(Integer.parseInt(number.trim()), byOid));
        }
    }

    private static void text(ObjectNode node, String name, @Nullable String value) {
        if (!isBlank(value)) {
            node.put(name, value.trim());
        }
    }

    private static void number(ObjectNode node, String name, @Nullable String value) {
        if (isBlank(value)) {
            return;
        }
        String typed = value.trim();
        if (typed.matches("-?\\d{1,9}")) {
            node.put(name, Integer.parseInt(typed));
        } else {
            node.put(name, typed);
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
