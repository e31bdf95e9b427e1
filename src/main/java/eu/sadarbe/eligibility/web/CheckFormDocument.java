package eu.sadarbe.eligibility.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the short form as an application document, so that the page and the API share one reader and one
 * check. Organisations get an identifier from their row number; blank rows are left out; numbers that are not
 * numbers stay text, for the reader to name.
 */
final class CheckFormDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CheckFormDocument() {
    }

    static String of(CheckForm form) {
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
        boolean byOid = !(form.getCallYear() != null && form.getCallYear().trim().matches("\\d+")
                && Integer.parseInt(form.getCallYear().trim()) <= 2019);
        ArrayNode organisations = document.putArray("organisations");
        List<CheckForm.OrganisationRow> rows = form.getOrganisations();
        for (int index = 0; index < rows.size(); index++) {
            CheckForm.OrganisationRow row = rows.get(index);
            if (isBlank(row.getCountry())) {
                continue;
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
        for (CheckForm.MeetingRow row : form.getMeetings()) {
            if (!isBlank(row.getParticipants())) {
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
                ObjectNode output = outputs.addObject().put("id", "O" + (index + 1));
                ObjectNode staff = output.putArray("staff").addObject();
                reference(staff, "organisation", row.getOrganisation(), byOid);
                text(staff, "category", row.getCategory());
                number(staff, "days", row.getDays());
            }
        }
        ArrayNode events = document.putArray("multiplierEvents");
        for (CheckForm.EventRow row : form.getEvents()) {
            if (!isBlank(row.getLocalParticipants()) || !isBlank(row.getInternationalParticipants())) {
                ObjectNode event = events.addObject();
                reference(event, "host", row.getHost(), byOid);
                number(event, "localParticipants", isBlank(row.getLocalParticipants()) ? "0" : row.getLocalParticipants());
                number(event, "internationalParticipants",
                        isBlank(row.getInternationalParticipants()) ? "0" : row.getInternationalParticipants());
            }
        }
        ArrayNode activities = document.putArray("learningActivities");
        for (CheckForm.ActivityRow row : form.getActivities()) {
            if (!isBlank(row.getParticipants())) {
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
        return JSON.writeValueAsString(document);
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
