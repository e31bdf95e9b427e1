package eu.sadarbe.reporting.domain;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.shared.Refusal;

/**
 * One section of a report as JSON, the same shape {@link ReportRepository} stores and the API exchanges: the
 * narrative and the summary as objects, the lines as arrays, special costs as {@code {specialNeeds, exceptionalCosts}}.
 */
public final class SectionParts {

    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private SectionParts() {
    }

    public static JsonNode toJson(ReportContent content, ReportSection section) {
        return JSON.valueToTree(part(content, section));
    }

    public static String toText(ReportContent content, ReportSection section) {
        return JSON.writeValueAsString(part(content, section));
    }

    /**
     * {@code current} with the section replaced by the JSON; {@link MalformedSection} when it does not read as the
     * section's shape (the page and the API say so, nothing is saved).
     */
    public static ReportContent withPart(ReportContent current, ReportSection section, JsonNode json) {
        try {
            return switch (section) {
                case NARRATIVE -> copy(current, JSON.treeToValue(json, Narrative.class), null, null, null, null, null,
                        null);
                case SUMMARY -> {
                    ResultsSummary summary = JSON.treeToValue(json, ResultsSummary.class);
                    yield copy(current, null, new ResultsSummary(summary.english(), summary.original(),
                            current.summary().originalLanguage()), null, null, null, null, null);
                }
                case MEETINGS -> copy(current, null, null, read(json, new TypeReference<List<ReportedMeeting>>() {
                }), null, null, null, null);
                case OUTPUTS -> copy(current, null, null, null, read(json, new TypeReference<List<ReportedOutput>>() {
                }), null, null, null);
                case MULTIPLIER_EVENTS -> copy(current, null, null, null, null,
                        read(json, new TypeReference<List<ReportedMultiplierEvent>>() {
                        }), null, null);
                case LEARNING_ACTIVITIES -> copy(current, null, null, null, null, null,
                        read(json, new TypeReference<List<ReportedLearningActivity>>() {
                        }), null);
                case SPECIAL_COSTS -> copy(current, null, null, null, null, null, null,
                        JSON.treeToValue(json, ReportRepository.SpecialCosts.class));
            };
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            throw new MalformedSection(section, unreadable.getMessage());
        }
    }

    public static ReportContent withPart(ReportContent current, ReportSection section, String json) {
        try {
            return withPart(current, section, JSON.readTree(json));
        } catch (JacksonException unreadable) {
            throw new MalformedSection(section, unreadable.getMessage());
        }
    }

    private static <T> T read(JsonNode json, TypeReference<T> type) {
        if (json == null || !json.isArray()) {
            throw new IllegalArgumentException("Expected an array of lines");
        }
        return JSON.readerFor(type).readValue(json);
    }

    private static Object part(ReportContent content, ReportSection section) {
        return switch (section) {
            case NARRATIVE -> content.narrative();
            case SUMMARY -> content.summary();
            case MEETINGS -> content.meetings();
            case OUTPUTS -> content.outputs();
            case MULTIPLIER_EVENTS -> content.multiplierEvents();
            case LEARNING_ACTIVITIES -> content.learningActivities();
            case SPECIAL_COSTS -> new ReportRepository.SpecialCosts(content.specialNeeds(), content.exceptionalCosts());
        };
    }

    private static ReportContent copy(ReportContent current, Narrative narrative, ResultsSummary summary,
                                      List<ReportedMeeting> meetings, List<ReportedOutput> outputs,
                                      List<ReportedMultiplierEvent> events, List<ReportedLearningActivity> activities,
                                      ReportRepository.SpecialCosts costs) {
        return new ReportContent(narrative == null ? current.narrative() : narrative,
                summary == null ? current.summary() : summary, meetings == null ? current.meetings() : meetings,
                outputs == null ? current.outputs() : outputs,
                events == null ? current.multiplierEvents() : events,
                activities == null ? current.learningActivities() : activities,
                costs == null ? current.specialNeeds() : costs.specialNeeds(),
                costs == null ? current.exceptionalCosts() : costs.exceptionalCosts());
    }

    /** The JSON of a section does not read as that section. */
    public static class MalformedSection extends RuntimeException implements Refusal {

        private final ReportSection section;

        public MalformedSection(ReportSection section, String detail) {
            super("Section " + section + " does not read: " + detail);
            this.section = section;
        }

        public ReportSection section() {
            return section;
        }

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }

        @Override
        public String messageKey() {
            return "reporting.api.malformed";
        }

        @Override
        public Object[] messageArguments(Wording wording) {
            return new Object[] {section.slug(), getMessage()};
        }
    }
}
