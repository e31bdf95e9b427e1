package eu.sadarbe.eligibility.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * The short form of the “Can we apply?” page: the project, up to eight organisations and a few activities.
 * Every field is kept as typed, so that the document reader can name what is wrong with it.
 */
public class CheckForm {

    static final int ORGANISATIONS = 8;

    private @Nullable String callYear = "2020";
    private @Nullable String actionType = "KA202";
    private @Nullable String projectType = "INNOVATION";
    private @Nullable String durationMonths = "24";
    private boolean priority = true;
    private List<OrganisationRow> organisations = rows(ORGANISATIONS, OrganisationRow::new);
    private List<MeetingRow> meetings = rows(2, MeetingRow::new);
    private List<OutputRow> outputs = rows(2, OutputRow::new);
    private List<EventRow> events = rows(1, EventRow::new);
    private List<ActivityRow> activities = rows(3, ActivityRow::new);
    private @Nullable String specialNeeds;
    private @Nullable String exceptionalCosts;

    private static <T> List<T> rows(int count, java.util.function.Supplier<T> row) {
        List<T> rows = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> rows.add(row.get()));
        return rows;
    }

    public @Nullable String getCallYear() { return callYear; }
    public void setCallYear(@Nullable String callYear) { this.callYear = callYear; }
    public @Nullable String getActionType() { return actionType; }
    public void setActionType(@Nullable String actionType) { this.actionType = actionType; }
    public @Nullable String getProjectType() { return projectType; }
    public void setProjectType(@Nullable String projectType) { this.projectType = projectType; }
    public @Nullable String getDurationMonths() { return durationMonths; }
    public void setDurationMonths(@Nullable String durationMonths) { this.durationMonths = durationMonths; }
    public boolean isPriority() { return priority; }
    public void setPriority(boolean priority) { this.priority = priority; }
    public List<OrganisationRow> getOrganisations() { return organisations; }
    public void setOrganisations(List<OrganisationRow> organisations) { this.organisations = organisations; }
    public List<MeetingRow> getMeetings() { return meetings; }
    public void setMeetings(List<MeetingRow> meetings) { this.meetings = meetings; }
    public List<OutputRow> getOutputs() { return outputs; }
    public void setOutputs(List<OutputRow> outputs) { this.outputs = outputs; }
    public List<EventRow> getEvents() { return events; }
    public void setEvents(List<EventRow> events) { this.events = events; }
    public List<ActivityRow> getActivities() { return activities; }
    public void setActivities(List<ActivityRow> activities) { this.activities = activities; }
    public @Nullable String getSpecialNeeds() { return specialNeeds; }
    public void setSpecialNeeds(@Nullable String specialNeeds) { this.specialNeeds = specialNeeds; }
    public @Nullable String getExceptionalCosts() { return exceptionalCosts; }
    public void setExceptionalCosts(@Nullable String exceptionalCosts) { this.exceptionalCosts = exceptionalCosts; }

    /** One participating organisation; its number in the list is how activities refer to it. */
    public static class OrganisationRow {
        private @Nullable String country;
        private @Nullable String organisationType;
        private @Nullable String role;
        private boolean eche;
        private boolean addedValue;

        public @Nullable String getCountry() { return country; }
        public void setCountry(@Nullable String country) { this.country = country; }
        public @Nullable String getOrganisationType() { return organisationType; }
        public void setOrganisationType(@Nullable String organisationType) { this.organisationType = organisationType; }
        public @Nullable String getRole() { return role; }
        public void setRole(@Nullable String role) { this.role = role; }
        public boolean isEche() { return eche; }
        public void setEche(boolean eche) { this.eche = eche; }
        public boolean isAddedValue() { return addedValue; }
        public void setAddedValue(boolean addedValue) { this.addedValue = addedValue; }
    }

    /** Travellers from one organisation to a meeting hosted by another. */
    public static class MeetingRow {
        private @Nullable String host;
        private @Nullable String from;
        private @Nullable String participants;
        private @Nullable String distanceKm;

        public @Nullable String getHost() { return host; }
        public void setHost(@Nullable String host) { this.host = host; }
        public @Nullable String getFrom() { return from; }
        public void setFrom(@Nullable String from) { this.from = from; }
        public @Nullable String getParticipants() { return participants; }
        public void setParticipants(@Nullable String participants) { this.participants = participants; }
        public @Nullable String getDistanceKm() { return distanceKm; }
        public void setDistanceKm(@Nullable String distanceKm) { this.distanceKm = distanceKm; }
    }

    /** Staff days of one organisation on an intellectual output. */
    public static class OutputRow {
        private @Nullable String organisation;
        private @Nullable String category;
        private @Nullable String days;

        public @Nullable String getOrganisation() { return organisation; }
        public void setOrganisation(@Nullable String organisation) { this.organisation = organisation; }
        public @Nullable String getCategory() { return category; }
        public void setCategory(@Nullable String category) { this.category = category; }
        public @Nullable String getDays() { return days; }
        public void setDays(@Nullable String days) { this.days = days; }
    }

    /** A multiplier event with its local and international participants. */
    public static class EventRow {
        private @Nullable String host;
        private @Nullable String localParticipants;
        private @Nullable String internationalParticipants;

        public @Nullable String getHost() { return host; }
        public void setHost(@Nullable String host) { this.host = host; }
        public @Nullable String getLocalParticipants() { return localParticipants; }
        public void setLocalParticipants(@Nullable String localParticipants) { this.localParticipants = localParticipants; }
        public @Nullable String getInternationalParticipants() { return internationalParticipants; }
        public void setInternationalParticipants(@Nullable String internationalParticipants) { this.internationalParticipants = internationalParticipants; }
    }

    /** Participants of one kind travelling from one organisation to a learning activity. */
    public static class ActivityRow {
        private @Nullable String activityType;
        private @Nullable String host;
        private @Nullable String from;
        private @Nullable String participantKind;
        private @Nullable String participants;
        private @Nullable String distanceKm;
        private @Nullable String days;

        public @Nullable String getActivityType() { return activityType; }
        public void setActivityType(@Nullable String activityType) { this.activityType = activityType; }
        public @Nullable String getHost() { return host; }
        public void setHost(@Nullable String host) { this.host = host; }
        public @Nullable String getFrom() { return from; }
        public void setFrom(@Nullable String from) { this.from = from; }
        public @Nullable String getParticipantKind() { return participantKind; }
        public void setParticipantKind(@Nullable String participantKind) { this.participantKind = participantKind; }
        public @Nullable String getParticipants() { return participants; }
        public void setParticipants(@Nullable String participants) { this.participants = participants; }
        public @Nullable String getDistanceKm() { return distanceKm; }
        public void setDistanceKm(@Nullable String distanceKm) { this.distanceKm = distanceKm; }
        public @Nullable String getDays() { return days; }
        public void setDays(@Nullable String days) { this.days = days; }
    }
}
