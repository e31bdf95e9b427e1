package eu.sadarbe.applications;

import java.util.List;
import java.util.Locale;

/**
 * The parts a draft is written in, each saved with its own version so that two people editing different parts
 * never conflict. A section holds named fields of the application document v1; the description texts sit in the
 * document's {@code description} object.
 */
public enum DraftSection {
    CONTEXT(false, "callYear", "actionType", "projectType", "title", "startDate", "durationMonths"),
    ORGANISATIONS(false, "organisations"),
    PRIORITIES(false, "priorities"),
    NEEDS(true, "needs"),
    OBJECTIVES(true, "objectives"),
    TARGET_GROUPS(true, "targetGroups"),
    INNOVATION(true, "innovation"),
    PARTNERSHIP(true, "partnership"),
    IMPACT(true, "impact"),
    DISSEMINATION(true, "dissemination"),
    MEETINGS(false, "transnationalMeetings"),
    OUTPUTS(false, "intellectualOutputs"),
    MULTIPLIER_EVENTS(false, "multiplierEvents"),
    LEARNING_ACTIVITIES(false, "learningActivities"),
    SPECIAL_COSTS(false, "specialNeedsSupport", "exceptionalCosts"),
    ANNEXES(false, "annexes"),
    DECLARATION(false, "declaration");

    /** The document object that holds the description texts. */
    public static final String DESCRIPTION = "description";

    private final boolean descriptionText;
    private final List<String> fields;

    DraftSection(boolean descriptionText, String... fields) {
        this.descriptionText = descriptionText;
        this.fields = List.of(fields);
    }

    /** One of the description texts (needs, objectives, …), each with a character limit. */
    public boolean isDescriptionText() {
        return descriptionText;
    }

    /** The document's field names this section holds (under {@code description} for a description text). */
    public List<String> fields() {
        return fields;
    }

    /** The name in URLs: {@code target-groups}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DraftSection ofSlug(String slug) {
        return valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The section of a URL's name, or empty for a name that is no section. */
    public static java.util.Optional<DraftSection> fromSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(section -> section.slug().equals(slug)).findFirst();
    }

    /** The JSON Pointers of the document inside this section, for showing findings beside their fields. */
    public boolean contains(String pointer) {
        for (String field : fields) {
            String prefix = descriptionText ? "/" + DESCRIPTION + "/" + field : "/" + field;
            if (pointer.equals(prefix) || pointer.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}
