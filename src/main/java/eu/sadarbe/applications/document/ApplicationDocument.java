package eu.sadarbe.applications.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A Strategic Partnership application as the application document v1 describes it (shared API document §1):
 * the project, its organisations and the activities the budget is computed from.
 */
public record ApplicationDocument(int callYear, ActionTypeCode actionType, ProjectType projectType,
                                  @Nullable String title, @Nullable LocalDate startDate, int durationMonths,
                                  List<String> priorities, List<Organisation> organisations,
                                  List<TransnationalMeeting> transnationalMeetings,
                                  List<IntellectualOutput> intellectualOutputs,
                                  List<MultiplierEvent> multiplierEvents,
                                  List<LearningActivity> learningActivities,
                                  List<SpecialNeedsSupport> specialNeedsSupport,
                                  List<ExceptionalCost> exceptionalCosts) {

    public ApplicationDocument {
        priorities = List.copyOf(priorities);
        organisations = List.copyOf(organisations);
        transnationalMeetings = List.copyOf(transnationalMeetings);
        intellectualOutputs = List.copyOf(intellectualOutputs);
        multiplierEvents = List.copyOf(multiplierEvents);
        learningActivities = List.copyOf(learningActivities);
        specialNeedsSupport = List.copyOf(specialNeedsSupport);
        exceptionalCosts = List.copyOf(exceptionalCosts);
    }

    /** The organisation with the role APPLICANT, when there is exactly one (R-ELIG-11). */
    public Optional<Organisation> applicant() {
        List<Organisation> applicants = organisations.stream().filter(Organisation::isApplicant).toList();
        return applicants.size() == 1 ? Optional.of(applicants.get(0)) : Optional.empty();
    }

    /** The organisation a reference ({@code host}, {@code lead}, {@code from}, {@code organisation}) points to. */
    public Optional<Organisation> organisation(String reference) {
        return organisations.stream().filter(organisation -> organisation.isIdentifiedBy(reference)).findFirst();
    }
}
