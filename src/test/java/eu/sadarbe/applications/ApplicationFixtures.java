package eu.sadarbe.applications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ExceptionalCost;
import eu.sadarbe.applications.document.IntellectualOutput;
import eu.sadarbe.applications.document.LearningActivity;
import eu.sadarbe.applications.document.LearningTraveller;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.applications.document.MultiplierEvent;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.OrganisationRole;
import eu.sadarbe.applications.document.OutputStaff;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.applications.document.SpecialNeedsSupport;
import eu.sadarbe.applications.document.TransnationalMeeting;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * Application documents that read like the guide: {@code aKA202Application().withApplicantFrom("LV")
 * .withPartnersFrom("EE", "DE")}. Organisations get an OID (calls from 2020) or a PIC (up to 2019) by position;
 * activities refer to organisations by their position in the list.
 */
public final class ApplicationFixtures {

    private int callYear = 2020;
    private ActionTypeCode actionType;
    private ProjectType projectType = ProjectType.INNOVATION;
    private int durationMonths = 24;
    private List<String> priorities = List.of("HZ-KEY-COMPETENCES");
    private final List<Function<Integer, Organisation>> organisations = new ArrayList<>();
    private final List<Function<List<String>, TransnationalMeeting>> meetings = new ArrayList<>();
    private final List<Function<List<String>, IntellectualOutput>> outputs = new ArrayList<>();
    private final List<Function<List<String>, MultiplierEvent>> events = new ArrayList<>();
    private final List<Function<List<String>, LearningActivity>> activities = new ArrayList<>();
    private final List<Function<List<String>, SpecialNeedsSupport>> specialNeeds = new ArrayList<>();
    private final List<Function<List<String>, ExceptionalCost>> exceptionalCosts = new ArrayList<>();

    private ApplicationFixtures(ActionTypeCode actionType) {
        this.actionType = actionType;
    }

    public static ApplicationFixtures anApplication(ActionTypeCode actionType) {
        return new ApplicationFixtures(actionType);
    }

    public static ApplicationFixtures aKA202Application() {
        return anApplication(ActionTypeCode.KA202);
    }

    /** A KA202 innovation project of 24 months, LV applicant with EE and DE partners: eligible as it stands. */
    public static ApplicationFixtures anEligibleKA202Application() {
        return aKA202Application().withApplicantFrom("LV").withPartnersFrom("EE", "DE");
    }

    public static String identifier(int callYear, int position) {
        return callYear >= 2020 ? String.format("E%08d", 10000001 + position) : String.format("%09d", 900000001 + position);
    }

    public ApplicationFixtures inCallYear(int year) {
        this.callYear = year;
        return this;
    }

    public ApplicationFixtures ofType(ProjectType type) {
        this.projectType = type;
        return this;
    }

    public ApplicationFixtures lasting(int months) {
        this.durationMonths = months;
        return this;
    }

    public ApplicationFixtures withPriorities(String... codes) {
        this.priorities = List.of(codes);
        return this;
    }

    public ApplicationFixtures withApplicantFrom(String country) {
        return with(country, defaultType(), OrganisationRole.APPLICANT);
    }

    public ApplicationFixtures withPartnersFrom(String... countries) {
        for (String country : countries) {
            with(country, defaultType(), OrganisationRole.PARTNER);
        }
        return this;
    }

    public ApplicationFixtures with(String country, OrganisationType type, OrganisationRole role) {
        return withOrganisation(position -> new Organisation(callYear >= 2020 ? identifier(callYear, position) : null,
                callYear >= 2020 ? null : identifier(callYear, position), "Organisation " + position,
                CountryCode.of(country), "City", type, role,
                type == OrganisationType.HIGHER_EDUCATION_INSTITUTION ? "ECHE-" + position : null,
                "Brings what no one else has"));
    }

    /** An organisation built from its position in the list. */
    public ApplicationFixtures withOrganisation(Function<Integer, Organisation> organisation) {
        organisations.add(organisation);
        return this;
    }

    public ApplicationFixtures withMeeting(int host, int from, int participants, int distanceKm) {
        meetings.add(ids -> new TransnationalMeeting("M" + meetings.size(), ids.get(host),
                List.of(new MeetingTraveller(ids.get(from), participants, distanceKm))));
        return this;
    }

    public ApplicationFixtures withOutput(int organisation, StaffCategory category, int days) {
        outputs.add(ids -> new IntellectualOutput("O" + outputs.size(), "Output", ids.get(organisation),
                List.of(new OutputStaff(ids.get(organisation), category, days))));
        return this;
    }

    public ApplicationFixtures withMultiplierEvent(int host, int local, int international) {
        events.add(ids -> new MultiplierEvent("E" + events.size(), ids.get(host), List.of("O0"), local, international));
        return this;
    }

    public ApplicationFixtures withLearningActivity(ActivityType type, int host, int from, ParticipantKind kind,
                                                    int participants, int distanceKm, int days) {
        activities.add(ids -> new LearningActivity("C" + activities.size(), type, ids.get(host),
                List.of(new LearningTraveller(ids.get(from), kind, participants, distanceKm, days))));
        return this;
    }

    public ApplicationFixtures withSpecialNeeds(int organisation, String amount) {
        specialNeeds.add(ids -> new SpecialNeedsSupport(ids.get(organisation), new BigDecimal(amount)));
        return this;
    }

    public ApplicationFixtures withExceptionalCost(int organisation, String eligibleCost) {
        exceptionalCosts.add(ids -> new ExceptionalCost(ids.get(organisation), "Subcontracting", new BigDecimal(eligibleCost)));
        return this;
    }

    public ApplicationDocument build() {
        List<Organisation> built = new ArrayList<>();
        for (int position = 0; position < organisations.size(); position++) {
            built.add(organisations.get(position).apply(position));
        }
        List<String> ids = built.stream().map(Organisation::identifier).toList();
        return new ApplicationDocument(callYear, actionType, projectType, "A project", LocalDate.of(callYear, 9, 1),
                durationMonths, priorities, built, all(meetings, ids), all(outputs, ids), all(events, ids),
                all(activities, ids), all(specialNeeds, ids), all(exceptionalCosts, ids));
    }

    private OrganisationType defaultType() {
        return switch (actionType) {
            case KA201, KA229 -> OrganisationType.SCHOOL;
            case KA203 -> OrganisationType.HIGHER_EDUCATION_INSTITUTION;
            case KA204 -> OrganisationType.ADULT_EDUCATION_PROVIDER;
            case KA205 -> OrganisationType.YOUTH_ORGANISATION;
            case KA202 -> OrganisationType.VET_PROVIDER;
        };
    }

    private static <T> List<T> all(List<Function<List<String>, T>> parts, List<String> ids) {
        return parts.stream().map(part -> part.apply(ids)).toList();
    }
}
