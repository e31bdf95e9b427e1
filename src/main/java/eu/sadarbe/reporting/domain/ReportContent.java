package eu.sadarbe.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ExceptionalCost;
import eu.sadarbe.applications.document.IntellectualOutput;
import eu.sadarbe.applications.document.LearningActivity;
import eu.sadarbe.applications.document.LearningTraveller;
import eu.sadarbe.applications.document.MultiplierEvent;
import eu.sadarbe.applications.document.SpecialNeedsSupport;
import eu.sadarbe.applications.document.TransnationalMeeting;

/**
 * Everything a report says, section by section. {@link #asDocument} turns what was done into an application
 * document of the same shape as the plan, so that one budget engine computes both the requested and the actual
 * grant (rules file section 6, "Balance payment").
 */
public record ReportContent(Narrative narrative, ResultsSummary summary, List<ReportedMeeting> meetings,
                            List<ReportedOutput> outputs, List<ReportedMultiplierEvent> multiplierEvents,
                            List<ReportedLearningActivity> learningActivities,
                            List<ReportedSpecialNeeds> specialNeeds, List<ReportedExceptionalCost> exceptionalCosts) {

    public ReportContent {
        meetings = List.copyOf(meetings);
        outputs = List.copyOf(outputs);
        multiplierEvents = List.copyOf(multiplierEvents);
        learningActivities = List.copyOf(learningActivities);
        specialNeeds = List.copyOf(specialNeeds);
        exceptionalCosts = List.copyOf(exceptionalCosts);
    }

    public static ReportContent empty(String language) {
        return new ReportContent(Narrative.EMPTY, ResultsSummary.empty(language), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** Every line's id: activities, participants, special needs and exceptional costs. */
    public Set<String> lineIds() {
        Set<String> ids = new LinkedHashSet<>();
        meetings.forEach(meeting -> ids.add(meeting.id()));
        outputs.forEach(output -> ids.add(output.id()));
        multiplierEvents.forEach(event -> ids.add(event.id()));
        for (ReportedLearningActivity activity : learningActivities) {
            ids.add(activity.id());
            activity.participants().forEach(participant -> ids.add(participant.id()));
        }
        specialNeeds.forEach(need -> ids.add(need.id()));
        exceptionalCosts.forEach(cost -> ids.add(cost.id()));
        return ids;
    }

    /**
     * What was done as an application document on the plan's project, consortium and call year, without the lines
     * in {@code ineligible} and everything linked to them (R-RED-02): a multiplier event left with no eligible
     * intellectual output, the participants of an ineligible activity, special needs and exceptional costs of an
     * ineligible activity or participant. The duration is the project's, {@code start} to {@code end}.
     */
    public ApplicationDocument asDocument(ApplicationDocument planned, LocalDate start, LocalDate end,
                                          Set<String> ineligible) {
        List<TransnationalMeeting> actualMeetings = meetings.stream()
                .filter(meeting -> !ineligible.contains(meeting.id()))
                .map(meeting -> new TransnationalMeeting(meeting.id(), meeting.host(), meeting.travellers()))
                .toList();
        List<IntellectualOutput> actualOutputs = outputs.stream()
                .filter(output -> !ineligible.contains(output.id()))
                .map(output -> new IntellectualOutput(output.id(), output.title(), output.lead(), output.staff()))
                .toList();
        Set<String> eligibleOutputs = new LinkedHashSet<>();
        actualOutputs.forEach(output -> eligibleOutputs.add(output.id()));
        List<MultiplierEvent> actualEvents = new ArrayList<>();
        for (ReportedMultiplierEvent event : multiplierEvents) {
            List<String> shared = event.outputs().stream().filter(eligibleOutputs::contains).toList();
            boolean linkedOnlyToIneligible = !event.outputs().isEmpty() && shared.isEmpty();
            if (!ineligible.contains(event.id()) && !linkedOnlyToIneligible) {
                actualEvents.add(new MultiplierEvent(event.id(), event.host(), shared, event.localParticipants(),
                        event.internationalParticipants()));
            }
        }
        Set<String> removed = new LinkedHashSet<>(ineligible);
        List<LearningActivity> actualActivities = new ArrayList<>();
        for (ReportedLearningActivity activity : learningActivities) {
            if (ineligible.contains(activity.id())) {
                activity.participants().forEach(participant -> removed.add(participant.id()));
                continue;
            }
            List<LearningTraveller> travellers = activity.participants().stream()
                    .filter(participant -> !ineligible.contains(participant.id()))
                    .map(participant -> new LearningTraveller(participant.organisation(), participant.kind(), 1,
                            participant.distanceKm(), participant.days()))
                    .toList();
            if (!travellers.isEmpty()) {
                actualActivities.add(new LearningActivity(activity.id(), activity.activityType(), activity.host(),
                        travellers));
            }
        }
        List<SpecialNeedsSupport> actualNeeds = specialNeeds.stream()
                .filter(need -> !removed.contains(need.id()) && !linkedTo(need.activity(), removed)
                        && !linkedTo(need.participant(), removed))
                .map(need -> new SpecialNeedsSupport(need.organisation(), need.amount()))
                .toList();
        List<ExceptionalCost> actualCosts = exceptionalCosts.stream()
                .filter(cost -> !removed.contains(cost.id()) && !linkedTo(cost.activity(), removed))
                .map(cost -> new ExceptionalCost(cost.organisation(), cost.description(), cost.eligibleCost()))
                .toList();
        return new ApplicationDocument(planned.callYear(), planned.actionType(), planned.projectType(),
                planned.title(), start, months(start, end), planned.priorities(), planned.organisations(),
                actualMeetings, actualOutputs, actualEvents, actualActivities, actualNeeds, actualCosts);
    }

    /** Whole months from the start to the end date (inclusive), as agreements count a project's duration. */
    static int months(LocalDate start, LocalDate end) {
        return (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    private static boolean linkedTo(String line, Set<String> removed) {
        return line != null && removed.contains(line);
    }
}
