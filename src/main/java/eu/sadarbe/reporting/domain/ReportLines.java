package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a section's lines before it is saved, the same for the pages and the API: every line has an id of its own,
 * numbers are not negative, dates are in order and within the project, a multiplier event shares only outputs the
 * report lists, and real costs link only to lines of the report and to evidence uploaded to it (R-RED-02 needs the
 * links). A refusal names the line, in the user's language, and nothing is saved.
 */
final class ReportLines {

    static final int MAXIMUM_TEXT = 5000;

    private ReportLines() {
    }

    static void check(ReportSection section, ReportContent content, ReportedProject project, Set<String> evidence) {
        switch (section) {
            case NARRATIVE -> {
                Narrative narrative = content.narrative();
                for (String text : List.of(narrative.implementation(), narrative.results(), narrative.impact(),
                        narrative.dissemination())) {
                    text(text);
                }
            }
            case SUMMARY -> {
                text(content.summary().english());
                text(content.summary().original());
            }
            case MEETINGS -> {
                Set<String> ids = new HashSet<>();
                for (ReportedMeeting meeting : content.meetings()) {
                    id(ids, meeting.id());
                    required(meeting.host(), meeting.id());
                    within(meeting.date(), project, meeting.id());
                    meeting.travellers().forEach(traveller -> {
                        required(traveller.from(), meeting.id());
                        notNegative(traveller.participants(), meeting.id());
                        notNegative(traveller.distanceKm(), meeting.id());
                    });
                }
            }
            case OUTPUTS -> {
                Set<String> ids = new HashSet<>();
                for (ReportedOutput output : content.outputs()) {
                    id(ids, output.id());
                    required(output.lead(), output.id());
                    output.staff().forEach(staff -> {
                        required(staff.organisation(), output.id());
                        notNegative(staff.days(), output.id());
                    });
                }
            }
            case MULTIPLIER_EVENTS -> {
                Set<String> ids = new HashSet<>();
                Set<String> outputs = new HashSet<>();
                content.outputs().forEach(output -> outputs.add(output.id()));
                for (ReportedMultiplierEvent event : content.multiplierEvents()) {
                    id(ids, event.id());
                    required(event.host(), event.id());
                    within(event.date(), project, event.id());
                    notNegative(event.localParticipants(), event.id());
                    notNegative(event.internationalParticipants(), event.id());
                    for (String output : event.outputs()) {
                        if (!outputs.contains(output)) {
                            throw new ReportRefused("reporting.refused.unknownOutput", "R-FIN-06", event.id(), output);
                        }
                    }
                }
            }
            case LEARNING_ACTIVITIES -> {
                Set<String> ids = new HashSet<>();
                for (ReportedLearningActivity activity : content.learningActivities()) {
                    id(ids, activity.id());
                    required(activity.host(), activity.id());
                    within(activity.start(), project, activity.id());
                    within(activity.end(), project, activity.id());
                    inOrder(activity.start(), activity.end(), activity.id());
                    for (Participant participant : activity.participants()) {
                        id(ids, participant.id());
                        required(participant.name(), participant.id());
                        required(participant.organisation(), participant.id());
                        inOrder(participant.start(), participant.end(), participant.id());
                        if (participant.days() < 1) {
                            throw new ReportRefused("reporting.refused.days", "R-FIN-07", participant.id());
                        }
                        notNegative(participant.distanceKm(), participant.id());
                    }
                }
            }
            case SPECIAL_COSTS -> {
                Set<String> ids = new HashSet<>();
                Set<String> lines = content.lineIds();
                for (ReportedSpecialNeeds need : content.specialNeeds()) {
                    id(ids, need.id());
                    required(need.organisation(), need.id());
                    amount(need.amount(), need.id());
                    linked(need.activity(), lines, need.id());
                    linked(need.participant(), lines, need.id());
                    evidence(need.evidence(), evidence, need.id());
                }
                for (ReportedExceptionalCost cost : content.exceptionalCosts()) {
                    id(ids, cost.id());
                    required(cost.organisation(), cost.id());
                    required(cost.description(), cost.id());
                    amount(cost.eligibleCost(), cost.id());
                    linked(cost.activity(), lines, cost.id());
                    evidence(cost.evidence(), evidence, cost.id());
                }
            }
        }
    }

    private static void text(String text) {
        if (text.length() > MAXIMUM_TEXT) {
            throw new ReportRefused("reporting.refused.tooLong", null, MAXIMUM_TEXT);
        }
    }

    private static void id(Set<String> ids, String id) {
        if (id == null || id.isBlank() || id.length() > 40 || !ids.add(id)) {
            throw new ReportRefused("reporting.refused.lineId", null, id == null ? "" : id);
        }
    }

    private static void required(String value, String line) {
        if (value == null || value.isBlank()) {
            throw new ReportRefused("reporting.refused.required", null, line);
        }
    }

    private static void notNegative(int value, String line) {
        if (value < 0) {
            throw new ReportRefused("reporting.refused.negative", null, line);
        }
    }

    private static void amount(BigDecimal amount, String line) {
        if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
            throw new ReportRefused("reporting.refused.amount", null, line);
        }
    }

    private static void within(LocalDate date, ReportedProject project, String line) {
        if (date == null || date.isBefore(project.projectStart()) || date.isAfter(project.projectEnd())) {
            throw new ReportRefused("reporting.refused.outsideProject", null, line, project.projectStart().toString(),
                    project.projectEnd().toString());
        }
    }

    private static void inOrder(LocalDate start, LocalDate end, String line) {
        if (start == null || end == null || end.isBefore(start)) {
            throw new ReportRefused("reporting.refused.dates", null, line);
        }
    }

    private static void linked(String target, Set<String> lines, String line) {
        if (target != null && !target.isBlank() && !lines.contains(target)) {
            throw new ReportRefused("reporting.refused.unknownLink", "R-RED-02", line, target);
        }
    }

    private static void evidence(String file, Set<String> uploaded, String line) {
        if (file != null && !file.isBlank() && !uploaded.contains(file)) {
            throw new ReportRefused("reporting.refused.unknownEvidence", null, line);
        }
    }
}
