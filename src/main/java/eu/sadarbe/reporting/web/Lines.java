package eu.sadarbe.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import eu.sadarbe.reporting.domain.Participant;
import eu.sadarbe.reporting.domain.ReportContent;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.ReportedExceptionalCost;
import eu.sadarbe.reporting.domain.ReportedLearningActivity;
import eu.sadarbe.reporting.domain.ReportedMeeting;
import eu.sadarbe.reporting.domain.ReportedMultiplierEvent;
import eu.sadarbe.reporting.domain.ReportedOutput;
import eu.sadarbe.reporting.domain.ReportedSpecialNeeds;

/** Adding, replacing and removing one line of a section, and the lines in words for the conflict page. */
final class Lines {

    private Lines() {
    }

    /** Replaces the line with the same id, or appends it. */
    static <T> void put(List<T> lines, T line, Function<T, String> id) {
        for (int index = 0; index < lines.size(); index++) {
            if (id.apply(lines.get(index)).equals(id.apply(line))) {
                lines.set(index, line);
                return;
            }
        }
        lines.add(line);
    }

    private static <T> List<T> with(List<T> lines, T line, Function<T, String> id) {
        List<T> changed = new ArrayList<>(lines);
        put(changed, line, id);
        return changed;
    }

    static ReportContent put(ReportContent c, ReportedMeeting meeting) {
        return new ReportContent(c.narrative(), c.summary(), with(c.meetings(), meeting, ReportedMeeting::id),
                c.outputs(), c.multiplierEvents(), c.learningActivities(), c.specialNeeds(), c.exceptionalCosts());
    }

    static ReportContent put(ReportContent c, ReportedOutput output) {
        return new ReportContent(c.narrative(), c.summary(), c.meetings(), with(c.outputs(), output,
                ReportedOutput::id), c.multiplierEvents(), c.learningActivities(), c.specialNeeds(),
                c.exceptionalCosts());
    }

    static ReportContent put(ReportContent c, ReportedMultiplierEvent event) {
        return new ReportContent(c.narrative(), c.summary(), c.meetings(), c.outputs(),
                with(c.multiplierEvents(), event, ReportedMultiplierEvent::id), c.learningActivities(),
                c.specialNeeds(), c.exceptionalCosts());
    }

    static ReportContent withActivity(ReportContent c, ReportedLearningActivity activity) {
        return new ReportContent(c.narrative(), c.summary(), c.meetings(), c.outputs(), c.multiplierEvents(),
                with(c.learningActivities(), activity, ReportedLearningActivity::id), c.specialNeeds(),
                c.exceptionalCosts());
    }

    static ReportContent put(ReportContent c, ReportedSpecialNeeds need) {
        return new ReportContent(c.narrative(), c.summary(), c.meetings(), c.outputs(), c.multiplierEvents(),
                c.learningActivities(), with(c.specialNeeds(), need, ReportedSpecialNeeds::id), c.exceptionalCosts());
    }

    static ReportContent put(ReportContent c, ReportedExceptionalCost cost) {
        return new ReportContent(c.narrative(), c.summary(), c.meetings(), c.outputs(), c.multiplierEvents(),
                c.learningActivities(), c.specialNeeds(), with(c.exceptionalCosts(), cost,
                ReportedExceptionalCost::id));
    }

    /** The section without the line (and, for an activity, its participants with it). */
    static ReportContent without(ReportContent c, ReportSection section, String id) {
        return new ReportContent(c.narrative(), c.summary(),
                section == ReportSection.MEETINGS ? drop(c.meetings(), ReportedMeeting::id, id) : c.meetings(),
                section == ReportSection.OUTPUTS ? drop(c.outputs(), ReportedOutput::id, id) : c.outputs(),
                section == ReportSection.MULTIPLIER_EVENTS
                        ? drop(c.multiplierEvents(), ReportedMultiplierEvent::id, id) : c.multiplierEvents(),
                section == ReportSection.LEARNING_ACTIVITIES
                        ? drop(c.learningActivities(), ReportedLearningActivity::id, id) : c.learningActivities(),
                section == ReportSection.SPECIAL_COSTS ? drop(c.specialNeeds(), ReportedSpecialNeeds::id, id)
                        : c.specialNeeds(),
                section == ReportSection.SPECIAL_COSTS ? drop(c.exceptionalCosts(), ReportedExceptionalCost::id, id)
                        : c.exceptionalCosts());
    }

    private static <T> List<T> drop(List<T> lines, Function<T, String> id, String wanted) {
        return lines.stream().filter(line -> !id.apply(line).equals(wanted)).toList();
    }

    /** The section's lines in a few words each, for the two sides of a conflict. */
    static List<String> describe(ReportContent c, ReportSection section) {
        List<String> lines = new ArrayList<>();
        switch (section) {
            case NARRATIVE -> {
                lines.add(c.narrative().implementation());
                lines.add(c.narrative().results());
                lines.add(c.narrative().impact());
                lines.add(c.narrative().dissemination());
            }
            case SUMMARY -> {
                lines.add(c.summary().english());
                lines.add(c.summary().original());
            }
            case MEETINGS -> c.meetings().forEach(m -> lines.add(m.id() + " · " + m.host() + " · " + m.date()
                    + " · " + m.travellers().stream().mapToInt(t -> t.participants()).sum()));
            case OUTPUTS -> c.outputs().forEach(o -> lines.add(o.id() + " · " + (o.title() == null ? "" : o.title())
                    + " · " + o.staff().stream().mapToInt(s -> s.days()).sum()));
            case MULTIPLIER_EVENTS -> c.multiplierEvents().forEach(e -> lines.add(e.id() + " · " + e.host() + " · "
                    + e.date() + " · " + (e.localParticipants() + e.internationalParticipants())));
            case LEARNING_ACTIVITIES -> c.learningActivities().forEach(a -> lines.add(a.id() + " · " + a.host()
                    + " · " + a.start() + " – " + a.end() + " · " + a.participants().size()));
            case SPECIAL_COSTS -> {
                c.specialNeeds().forEach(n -> lines.add(n.id() + " · " + n.organisation() + " · " + n.amount()));
                c.exceptionalCosts().forEach(x -> lines.add(x.id() + " · " + x.description() + " · "
                        + x.eligibleCost()));
            }
        }
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }

    static List<Participant> participants(ReportContent c) {
        return c.learningActivities().stream().flatMap(a -> a.participants().stream()).toList();
    }
}
