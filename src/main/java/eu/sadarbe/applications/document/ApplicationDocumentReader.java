package eu.sadarbe.applications.document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.applications.document.DocumentFault.Kind;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * Turns JSON into an {@link ApplicationDocument}, or throws {@link MalformedDocument} listing every fault: not
 * JSON, a wrong type, a missing required field, a value outside the enumerations, an unknown country code, a
 * negative number, a reference to an organisation that is not listed (shared API document §2, 400).
 */
public class ApplicationDocumentReader {

    /** The project title as the register keeps it (a draft's title column). */
    public static final int MAXIMUM_TITLE_LENGTH = 500;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final IntFunction<@Nullable Set<CountryCode>> countriesOfCallYear;
    private final IntFunction<Set<String>> prioritiesOfCallYear;

    /** @param countriesOfCallYear the country codes of a call year, null for a year without reference data */
    public ApplicationDocumentReader(IntFunction<@Nullable Set<CountryCode>> countriesOfCallYear) {
        this(countriesOfCallYear, callYear -> Set.of());
    }

    /**
     * @param prioritiesOfCallYear the priority codes of a call year (shared API document §3), empty for a year
     *                             whose codes Sadarbe does not hold: then any code is read
     */
    public ApplicationDocumentReader(IntFunction<@Nullable Set<CountryCode>> countriesOfCallYear,
                                     IntFunction<Set<String>> prioritiesOfCallYear) {
        this.countriesOfCallYear = countriesOfCallYear;
        this.prioritiesOfCallYear = prioritiesOfCallYear;
    }

    public ApplicationDocument read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException notJson) {
            throw new MalformedDocument(List.of(new DocumentFault("", Kind.NOT_JSON, List.of())));
        }
        DocumentWalk walk = new DocumentWalk();
        if (root == null || root.isMissingNode() || !walk.isObject(root, "")) {
            if (!walk.hasFaults()) {
                walk.fault("", Kind.NOT_JSON);
            }
            throw new MalformedDocument(walk.faults);
        }
        ApplicationDocument document = new DocumentRead(walk, root).document();
        if (walk.hasFaults() || document == null) {
            throw new MalformedDocument(walk.faults);
        }
        return document;
    }

    /** One reading of one document's tree. */
    private final class DocumentRead {

        private final DocumentWalk walk;
        private final JsonNode root;
        private final Set<String> identifiers = new HashSet<>();
        private @Nullable Set<CountryCode> countries;
        private Set<String> priorityCodes = Set.of();

        DocumentRead(DocumentWalk walk, JsonNode root) {
            this.walk = walk;
            this.root = root;
        }

        @Nullable ApplicationDocument document() {
            Integer callYear = walk.count(root, "", "callYear", true);
            countries = callYear == null ? null : countriesOfCallYear.apply(callYear);
            priorityCodes = callYear == null ? Set.of() : prioritiesOfCallYear.apply(callYear);
            ActionTypeCode actionType = walk.choice(root, "", "actionType", ActionTypeCode.class);
            ProjectType projectType = walk.choice(root, "", "projectType", ProjectType.class);
            String title = walk.text(root, "", "title", false, MAXIMUM_TITLE_LENGTH);
            var startDate = walk.date(root, "", "startDate");
            Integer duration = walk.count(root, "", "durationMonths", true);
            List<String> priorities = walk.list(root, "", "priorities", false, this::priorityCode);
            collectIdentifiers();
            List<Organisation> organisations = walk.list(root, "", "organisations", true, this::organisation);
            var meetings = walk.list(root, "", "transnationalMeetings", false, this::meeting);
            var outputs = walk.list(root, "", "intellectualOutputs", false, this::output);
            var events = walk.list(root, "", "multiplierEvents", false, this::event);
            var activities = walk.list(root, "", "learningActivities", false, this::activity);
            var specialNeeds = walk.list(root, "", "specialNeedsSupport", false, this::specialNeeds);
            var exceptional = walk.list(root, "", "exceptionalCosts", false, this::exceptionalCost);
            if (callYear == null || actionType == null || projectType == null || duration == null) {
                return null;
            }
            return new ApplicationDocument(callYear, actionType, projectType, title, startDate, duration, priorities,
                    organisations, meetings, outputs, events, activities, specialNeeds, exceptional);
        }

        /** Even an organisation with faults is listed: references to it are not faults of their own. */
        private void collectIdentifiers() {
            JsonNode organisations = root.get("organisations");
            if (organisations != null && organisations.isArray()) {
                for (JsonNode organisation : organisations) {
                    for (String name : List.of("oid", "pic")) {
                        JsonNode identifier = organisation.get(name);
                        if (identifier != null && identifier.isString()) {
                            identifiers.add(identifier.stringValue());
                        }
                    }
                }
            }
        }

        private @Nullable String priority(JsonNode node, String pointer) {
            if (!node.isString()) {
                walk.fault(pointer, Kind.WRONG_TYPE, "string");
                return null;
            }
            return node.stringValue();
        }

        /** A priority code: a code outside the call year's list is outside the enumeration (API document §2, 400). */
        private @Nullable String priorityCode(JsonNode node, String pointer) {
            String code = priority(node, pointer);
            if (code != null && !priorityCodes.isEmpty() && !priorityCodes.contains(code)) {
                walk.fault(pointer, Kind.UNKNOWN_PRIORITY, code);
                return null;
            }
            return code;
        }

        private @Nullable Organisation organisation(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String oid = walk.text(node, pointer, "oid", false);
            String pic = walk.text(node, pointer, "pic", false);
            if (oid == null && pic == null && node.get("oid") == null && node.get("pic") == null) {
                walk.fault(pointer, Kind.NO_IDENTIFIER);
            }
            String legalName = walk.text(node, pointer, "legalName", false);
            CountryCode country = walk.country(node, pointer, "country", countries);
            String city = walk.text(node, pointer, "city", false);
            OrganisationType type = walk.choice(node, pointer, "organisationType", OrganisationType.class);
            OrganisationRole role = walk.choice(node, pointer, "role", OrganisationRole.class);
            String eche = walk.text(node, pointer, "echeCode", false);
            String addedValue = walk.text(node, pointer, "addedValue", false);
            if (country == null || type == null || role == null) {
                return null;
            }
            return new Organisation(oid, pic, legalName, country, city, type, role, eche, addedValue);
        }

        private @Nullable TransnationalMeeting meeting(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String id = walk.text(node, pointer, "id", false);
            String host = walk.reference(node, pointer, "host", identifiers);
            var travellers = walk.list(node, pointer, "travellers", false, this::meetingTraveller);
            return host == null ? null : new TransnationalMeeting(id, host, travellers);
        }

        private @Nullable MeetingTraveller meetingTraveller(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String from = walk.reference(node, pointer, "from", identifiers);
            Integer participants = walk.count(node, pointer, "participants", true);
            Integer distance = walk.count(node, pointer, "distanceKm", true);
            return from == null || participants == null || distance == null ? null
                    : new MeetingTraveller(from, participants, distance);
        }

        private @Nullable IntellectualOutput output(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String id = walk.text(node, pointer, "id", false);
            String title = walk.text(node, pointer, "title", false);
            String lead = node.get("lead") == null || node.get("lead").isNull() ? null
                    : walk.reference(node, pointer, "lead", identifiers);
            var staff = walk.list(node, pointer, "staff", false, this::staff);
            return new IntellectualOutput(id, title, lead, staff);
        }

        private @Nullable OutputStaff staff(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String organisation = walk.reference(node, pointer, "organisation", identifiers);
            StaffCategory category = walk.choice(node, pointer, "category", StaffCategory.class);
            Integer days = walk.count(node, pointer, "days", true);
            return organisation == null || category == null || days == null ? null
                    : new OutputStaff(organisation, category, days);
        }

        private @Nullable MultiplierEvent event(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String id = walk.text(node, pointer, "id", false);
            String host = walk.reference(node, pointer, "host", identifiers);
            List<String> outputs = walk.list(node, pointer, "outputs", false, this::priority);
            Integer local = walk.count(node, pointer, "localParticipants", true);
            Integer international = walk.count(node, pointer, "internationalParticipants", true);
            return host == null || local == null || international == null ? null
                    : new MultiplierEvent(id, host, outputs, local, international);
        }

        private @Nullable LearningActivity activity(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String id = walk.text(node, pointer, "id", false);
            ActivityType type = walk.choice(node, pointer, "activityType", ActivityType.class);
            String host = walk.reference(node, pointer, "host", identifiers);
            var travellers = walk.list(node, pointer, "travellers", false, this::learningTraveller);
            return type == null || host == null ? null : new LearningActivity(id, type, host, travellers);
        }

        private @Nullable LearningTraveller learningTraveller(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String from = walk.reference(node, pointer, "from", identifiers);
            ParticipantKind kind = walk.choice(node, pointer, "participantKind", ParticipantKind.class);
            Integer participants = walk.count(node, pointer, "participants", true);
            Integer distance = walk.count(node, pointer, "distanceKm", true);
            Integer days = walk.count(node, pointer, "days", true);
            return from == null || kind == null || participants == null || distance == null || days == null ? null
                    : new LearningTraveller(from, kind, participants, distance, days);
        }

        private @Nullable SpecialNeedsSupport specialNeeds(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String organisation = walk.reference(node, pointer, "organisation", identifiers);
            var amount = walk.amount(node, pointer, "amount");
            return organisation == null || amount == null ? null : new SpecialNeedsSupport(organisation, amount);
        }

        private @Nullable ExceptionalCost exceptionalCost(JsonNode node, String pointer) {
            if (!walk.isObject(node, pointer)) {
                return null;
            }
            String organisation = walk.reference(node, pointer, "organisation", identifiers);
            String description = walk.text(node, pointer, "description", false);
            var cost = walk.amount(node, pointer, "eligibleCost");
            return organisation == null || cost == null ? null
                    : new ExceptionalCost(organisation, description, cost);
        }
    }
}
