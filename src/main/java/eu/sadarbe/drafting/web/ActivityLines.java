package eu.sadarbe.drafting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.LearningTraveller;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.Money;

/**
 * The lines of an activity section as its table lists them: who hosts or leads, who travels how far in which
 * band at which unit amount, and what the line adds to the budget, computed by {@link Budgeting} itself so that
 * the table and the budget never disagree.
 */
@Component
class ActivityLines {

    private final Budgeting budgeting;
    private final TravelDistances distances;

    ActivityLines(Budgeting budgeting, TravelDistances distances) {
        this.budgeting = budgeting;
        this.distances = distances;
    }

    List<Line> of(ActivityKind kind, ApplicationDocument document, RuleParameters parameters,
                  List<FindingLine> findings) {
        List<Line> lines = new ArrayList<>();
        int count = switch (kind) {
            case MEETING -> document.transnationalMeetings().size();
            case OUTPUT -> document.intellectualOutputs().size();
            case EVENT -> document.multiplierEvents().size();
            case ACTIVITY -> document.learningActivities().size();
            case SPECIAL_NEEDS -> document.specialNeedsSupport().size();
            case EXCEPTIONAL_COST -> document.exceptionalCosts().size();
        };
        for (int index = 0; index < count; index++) {
            String pointer = "/" + kind.field() + "/" + index;
            lines.add(line(kind, index, document, parameters, findings.stream()
                    .filter(f -> f.path().equals(pointer) || f.path().startsWith(pointer + "/")).toList()));
        }
        return lines;
    }

    private Line line(ActivityKind kind, int index, ApplicationDocument document, RuleParameters parameters,
                      List<FindingLine> findings) {
        List<Travel> travels = new ArrayList<>();
        String id = "";
        String organisation;
        String detail = "";
        switch (kind) {
            case MEETING -> {
                var meeting = document.transnationalMeetings().get(index);
                id = text(meeting.id());
                organisation = name(document, meeting.host());
                for (MeetingTraveller traveller : meeting.travellers()) {
                    travels.add(travel(kind, document, parameters, meeting.host(), traveller.from(),
                            traveller.participants(), traveller.distanceKm(), null, null));
                }
            }
            case OUTPUT -> {
                var output = document.intellectualOutputs().get(index);
                id = text(output.id());
                organisation = name(document, text(output.lead()));
                detail = text(output.title());
            }
            case EVENT -> {
                var event = document.multiplierEvents().get(index);
                id = text(event.id());
                organisation = name(document, event.host());
                detail = String.join(", ", event.outputs());
            }
            case ACTIVITY -> {
                var activity = document.learningActivities().get(index);
                id = text(activity.id());
                organisation = name(document, activity.host());
                detail = activity.activityType().name();
                for (LearningTraveller traveller : activity.travellers()) {
                    travels.add(travel(kind, document, parameters, activity.host(), traveller.from(),
                            traveller.participants(), traveller.distanceKm(), traveller.participantKind().name(),
                            traveller.days()));
                }
            }
            case SPECIAL_NEEDS ->
                    organisation = name(document, document.specialNeedsSupport().get(index).organisation());
            default -> {
                var cost = document.exceptionalCosts().get(index);
                organisation = name(document, cost.organisation());
                detail = text(cost.description());
            }
        }
        return new Line(index, id, organisation, detail, travels, amount(kind, index, document, parameters), findings);
    }

    private Travel travel(ActivityKind kind, ApplicationDocument document, RuleParameters parameters, String host,
                          String from, int participants, int kilometres, @Nullable String participantKind,
                          @Nullable Integer days) {
        boolean calculated = distances.kilometres(document, from, host).filter(km -> km == kilometres).isPresent();
        TravelDistances.Travel travel = TravelDistances.travel(kilometres, calculated, kind.travel(), parameters);
        return new Travel(name(document, from), participants, participantKind, days, travel,
                new Money(travel.unitAmount().multiply(BigDecimal.valueOf(participants))));
    }

    /** What this one line adds to the budget: the budget of a document holding only this line. */
    private Money amount(ActivityKind kind, int index, ApplicationDocument document, RuleParameters parameters) {
        ApplicationDocument alone = new ApplicationDocument(document.callYear(), document.actionType(),
                document.projectType(), null, null, 0, List.of(), document.organisations(),
                kind == ActivityKind.MEETING ? List.of(document.transnationalMeetings().get(index)) : List.of(),
                kind == ActivityKind.OUTPUT ? List.of(document.intellectualOutputs().get(index)) : List.of(),
                kind == ActivityKind.EVENT ? List.of(document.multiplierEvents().get(index)) : List.of(),
                kind == ActivityKind.ACTIVITY ? List.of(document.learningActivities().get(index)) : List.of(),
                kind == ActivityKind.SPECIAL_NEEDS ? List.of(document.specialNeedsSupport().get(index)) : List.of(),
                kind == ActivityKind.EXCEPTIONAL_COST ? List.of(document.exceptionalCosts().get(index)) : List.of());
        Budget budget = budgeting.budgetOf(alone, parameters);
        return budget.categories().entrySet().stream()
                .filter(entry -> entry.getKey() != BudgetCategory.PROJECT_MANAGEMENT)
                .map(entry -> entry.getValue()).reduce(Money.ZERO, Money::plus);
    }

    private static String name(ApplicationDocument document, String reference) {
        return document.organisation(reference).map(ActivityLines::label).orElse(reference);
    }

    static String label(Organisation organisation) {
        String name = organisation.legalName() == null ? organisation.identifier() : organisation.legalName();
        return name + " (" + organisation.identifier() + ", " + organisation.country().value() + ")";
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** One line of the table, with the rules engine's findings about it. */
    record Line(int index, String id, String organisation, String detail, List<Travel> travels, Money amount,
                List<FindingLine> findings) {
    }

    /** Travellers of one organisation: how many, how far, in which band, at what unit amount. */
    record Travel(String from, int participants, @Nullable String participantKind, @Nullable Integer days,
                  TravelDistances.Travel distance, Money travelAmount) {
    }
}
