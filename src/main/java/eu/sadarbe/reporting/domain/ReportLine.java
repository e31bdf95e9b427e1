package eu.sadarbe.reporting.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A line of a report as the officer marks it (R-RED-02): its id, its kind ({@code settlement.line.<kind>}), the
 * activity type of a learning activity (shown in the reader's words, {@code check.activityType.<type>}), what it
 * says in a few words (organisations, dates as dd.mm.yyyy, people, amounts: data, the same in every language), and
 * the line it belongs to (a participant's activity, a cost's activity or participant).
 */
public record ReportLine(String id, String kind, @Nullable String activityType, String description,
                         @Nullable String linkedTo) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Every line of the report, activities first, each participant after its activity. */
    public static List<ReportLine> of(ReportContent content) {
        List<ReportLine> lines = new ArrayList<>();
        content.meetings().forEach(meeting -> lines.add(new ReportLine(meeting.id(), "meeting", null,
                meeting.host() + " · " + day(meeting.date()) + " · " + meeting.travellers().stream()
                        .mapToInt(traveller -> traveller.participants()).sum() + " ✈", null)));
        content.outputs().forEach(output -> lines.add(new ReportLine(output.id(), "output", null,
                (output.title() == null ? output.id() : output.title()) + " · " + output.lead() + " · "
                        + output.staff().stream().mapToInt(staff -> staff.days()).sum() + " d", null)));
        content.multiplierEvents().forEach(event -> lines.add(new ReportLine(event.id(), "multiplierEvent", null,
                event.host() + " · " + day(event.date()) + " · " + event.localParticipants() + " + "
                        + event.internationalParticipants(), null)));
        for (ReportedLearningActivity activity : content.learningActivities()) {
            lines.add(new ReportLine(activity.id(), "learningActivity", activity.activityType().name(),
                    activity.host() + " · " + day(activity.start()) + " – " + day(activity.end()) + " · "
                    + activity.participants().size(), null));
            activity.participants().forEach(participant -> lines.add(new ReportLine(participant.id(),
                    "participant", null, participant.name() + " · " + participant.organisation() + " · "
                    + participant.countryOfOrigin() + " · " + day(participant.start()) + " – "
                    + day(participant.end())
                    + " · " + participant.days() + " d · " + participant.distanceKm() + " km", activity.id())));
        }
        content.specialNeeds().forEach(need -> lines.add(new ReportLine(need.id(), "specialNeeds", null,
                need.organisation() + " · " + need.amount().toPlainString() + " EUR",
                need.participant() != null ? need.participant() : need.activity())));
        content.exceptionalCosts().forEach(cost -> lines.add(new ReportLine(cost.id(), "exceptionalCost", null,
                cost.organisation() + " · " + cost.description() + " · " + cost.eligibleCost().toPlainString()
                        + " EUR", cost.activity())));
        return lines;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
