package eu.sadarbe.eligibility;

import static eu.sadarbe.calls.RuleFigure.MAXIMUM_DURATION_MONTHS;
import static eu.sadarbe.calls.RuleFigure.MAXIMUM_DURATION_MONTHS_LONG_TERM_PUPIL_MOBILITY;
import static eu.sadarbe.calls.RuleFigure.MAXIMUM_ORGANISATIONS;
import static eu.sadarbe.calls.RuleFigure.MINIMUM_DURATION_MONTHS;
import static eu.sadarbe.calls.RuleFigure.MINIMUM_ORGANISATIONS;
import static eu.sadarbe.calls.RuleFigure.MINIMUM_PROGRAMME_COUNTRIES;
import static eu.sadarbe.calls.RuleFigure.OID_IDENTIFIES_ORGANISATIONS;
import static eu.sadarbe.calls.RuleFigure.PROJECT_START_EARLIEST_MONTH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.OrganisationRole;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.OrganisationType;

/** Eligibility rules R-ELIG-xx, worded as in the rules checklist (rules file §10; shared API document §4). */
public final class EligibilityRules {

    static final Pattern PIC = Pattern.compile("\\d{9}");
    static final Pattern OID = Pattern.compile("E\\d{8}");

    public static final EligibilityRule R_ELIG_01 = rule("R-ELIG-01",
            "The applicant is established in a Programme Country",
            (application, params) -> eachOrganisation(application, (organisation, path) ->
                    organisation.isApplicant() && !params.isProgrammeCountry(organisation.country())
                            ? List.of(RuleBreach.at(path + "/country", "rule.R-ELIG-01", organisation.country().value()))
                            : List.of()));

    public static final EligibilityRule R_ELIG_02 = rule("R-ELIG-02",
            "Enough organisations from enough different Programme Countries",
            (application, params) -> {
                long organisations = application.programmeCountryOrganisationCount(params);
                long countries = application.distinctProgrammeCountryCount(params);
                int minimumOrganisations = params.whole(MINIMUM_ORGANISATIONS);
                int minimumCountries = params.whole(MINIMUM_PROGRAMME_COUNTRIES);
                return organisations >= minimumOrganisations && countries >= minimumCountries ? List.of()
                        : List.of(RuleBreach.at("/organisations", "rule.R-ELIG-02", minimumOrganisations,
                                minimumCountries, organisations, countries));
            });

    public static final EligibilityRule R_ELIG_03 = rule("R-ELIG-03",
            "Partner-Country organisations take part only as partners and bring essential added value",
            (application, params) -> eachOrganisation(application, (organisation, path) -> {
                if (params.isProgrammeCountry(organisation.country())) {
                    return List.of();
                }
                List<RuleBreach> breaches = new ArrayList<>();
                if (organisation.role() != OrganisationRole.PARTNER) {
                    breaches.add(RuleBreach.at(path + "/role", "rule.R-ELIG-03.role"));
                }
                if (isBlank(organisation.addedValue())) {
                    breaches.add(RuleBreach.at(path + "/addedValue", "rule.R-ELIG-03.addedValue"));
                }
                return breaches;
            }));

    public static final EligibilityRule R_ELIG_04 = rule("R-ELIG-04",
            "School Exchange Partnerships: only schools from Programme Countries, at least the minimum and at most "
                    + "the maximum number, in the calls that offered them",
            (application, params) -> {
                if (application.document().actionType() != ActionTypeCode.KA229) {
                    return List.of();
                }
                if (!params.isActionTypeOpen()) {
                    // Rules file §2.2: School Exchange Partnerships exist only in the calls 2018–2020.
                    return List.of(RuleBreach.at("/actionType", "rule.R-ELIG-04.notOpen", year(params.callYear()),
                            year(params.actionTypeOfCall().firstCallYear()),
                            year(params.actionTypeOfCall().lastCallYear())));
                }
                List<RuleBreach> breaches = new ArrayList<>(eachOrganisation(application, (organisation, path) ->
                        organisation.organisationType() == OrganisationType.SCHOOL
                                && params.isProgrammeCountry(organisation.country()) ? List.of()
                                : List.of(RuleBreach.at(path, "rule.R-ELIG-04.school"))));
                int minimum = params.whole(MINIMUM_ORGANISATIONS);
                int maximum = params.whole(MAXIMUM_ORGANISATIONS);
                if (application.organisations().size() < minimum) {
                    breaches.add(RuleBreach.at("/organisations", "rule.R-ELIG-04.tooFew", minimum,
                            application.organisations().size()));
                }
                if (application.organisations().size() > maximum) {
                    breaches.add(RuleBreach.at("/organisations", "rule.R-ELIG-04.tooMany", maximum,
                            application.organisations().size()));
                }
                return breaches;
            });

    public static final EligibilityRule R_ELIG_05 = rule("R-ELIG-05",
            "Higher-education partnerships are innovation projects",
            (application, params) -> application.document().actionType() == ActionTypeCode.KA203
                    && application.document().projectType() != ProjectType.INNOVATION
                    ? List.of(RuleBreach.at("/projectType", "rule.R-ELIG-05")) : List.of());

    public static final EligibilityRule R_ELIG_06 = rule("R-ELIG-06",
            "The project duration is within the range for the action type",
            (application, params) -> {
                int minimum = params.whole(MINIMUM_DURATION_MONTHS);
                int maximum = longTermPupilMobility(application)
                        ? params.optionalFigure(MAXIMUM_DURATION_MONTHS_LONG_TERM_PUPIL_MOBILITY)
                                .orElse(params.figure(MAXIMUM_DURATION_MONTHS)).whole()
                        : params.whole(MAXIMUM_DURATION_MONTHS);
                int months = application.document().durationMonths();
                return months >= minimum && months <= maximum ? List.of()
                        : List.of(RuleBreach.at("/durationMonths", "rule.R-ELIG-06", minimum, maximum, months));
            });

    public static final EligibilityRule R_ELIG_07 = rule("R-ELIG-07",
            "Higher-education institutions in Programme Countries hold an Erasmus Charter for Higher Education",
            (application, params) -> eachOrganisation(application, (organisation, path) ->
                    organisation.organisationType() == OrganisationType.HIGHER_EDUCATION_INSTITUTION
                            && params.isProgrammeCountry(organisation.country()) && isBlank(organisation.echeCode())
                            ? List.of(RuleBreach.at(path + "/echeCode", "rule.R-ELIG-07")) : List.of()));

    public static final EligibilityRule R_ELIG_08 = rule("R-ELIG-08",
            "At least one priority is selected: a horizontal priority or one of the action type's field",
            (application, params) -> {
                List<String> codes = application.document().priorities();
                if (codes.stream().allMatch(EligibilityRules::isBlank)) {
                    return List.of(RuleBreach.at("/priorities", "rule.R-ELIG-08"));
                }
                List<RuleBreach> breaches = new ArrayList<>();
                for (int index = 0; index < codes.size(); index++) {
                    String code = codes.get(index);
                    if (isBlank(code) || params.priorities().isEmpty()) {
                        continue;   // call years whose priority codes Sadarbe does not hold: any code is taken
                    }
                    var priority = params.priority(code);
                    if (priority.isEmpty()) {
                        breaches.add(RuleBreach.at("/priorities/" + index, "rule.R-ELIG-08.unknown", code,
                                year(params.callYear())));
                    } else if (!params.fitsActionType(priority.get())) {
                        breaches.add(RuleBreach.at("/priorities/" + index, "rule.R-ELIG-08.otherField", code,
                                new DefaultMessageSourceResolvable("field." + priority.get().field()),
                                new DefaultMessageSourceResolvable("field." + params.actionTypeOfCall().field())));
                    }
                }
                return breaches;
            });

    public static final EligibilityRule R_ELIG_09 = rule("R-ELIG-09",
            "The application goes to the National Agency of the applicant's country",
            (application, params) -> {
                List<Organisation> applicants = application.applicants();
                if (applicants.size() != 1 || !params.isProgrammeCountry(applicants.get(0).country())
                        || application.nationalAgency().isPresent()) {
                    return List.of();   // R-ELIG-01 and R-ELIG-11 cover the other cases
                }
                int index = application.organisations().indexOf(applicants.get(0));
                return List.of(RuleBreach.at("/organisations/" + index + "/country", "rule.R-ELIG-09",
                        applicants.get(0).country().value(), application.document().actionType().name()));
            });

    public static final EligibilityRule R_ELIG_10 = rule("R-ELIG-10",
            "Organisations are identified by PIC (calls up to 2019) or OID (calls from 2020)",
            (application, params) -> {
                boolean byOid = params.whole(OID_IDENTIFIES_ORGANISATIONS) == 1;
                return eachOrganisation(application, (organisation, path) -> {
                    String identifier = byOid ? organisation.oid() : organisation.pic();
                    Pattern format = byOid ? OID : PIC;
                    return identifier != null && format.matcher(identifier).matches() ? List.of()
                            : List.of(RuleBreach.at(path + (byOid ? "/oid" : "/pic"),
                                    byOid ? "rule.R-ELIG-10.oid" : "rule.R-ELIG-10.pic"));
                });
            });

    public static final EligibilityRule R_ELIG_11 = rule("R-ELIG-11",
            "Exactly one organisation is the applicant",
            (application, params) -> application.applicants().size() == 1 ? List.of()
                    : List.of(RuleBreach.at("/organisations", "rule.R-ELIG-11", application.applicants().size())));

    public static final EligibilityRule R_ELIG_12 = rule("R-ELIG-12",
            "No organisation is listed twice",
            (application, params) -> {
                Set<String> seen = new HashSet<>();
                return eachOrganisation(application, (organisation, path) ->
                        isBlank(organisation.identifier()) || seen.add(organisation.identifier()) ? List.of()
                                : List.of(RuleBreach.at(path, "rule.R-ELIG-12", organisation.identifier())));
            });

    /** Rules file §2.5: a project starts no earlier than its call's projects may (the rules file does not number it). */
    public static final EligibilityRule R_ELIG_13 = rule("R-ELIG-13",
            "The project starts no earlier than the call's earliest start",
            (application, params) -> {
                LocalDate start = application.document().startDate();
                var month = params.optionalFigure(PROJECT_START_EARLIEST_MONTH);
                if (start == null || month.isEmpty()) {
                    return List.of();
                }
                LocalDate earliest = LocalDate.of(params.callYear(), 1, 1).plusMonths(month.get().whole() - 1L);
                return start.isBefore(earliest)
                        ? List.of(RuleBreach.at("/startDate", "rule.R-ELIG-13", earliest, start)) : List.of();
            });

    /** In checklist order. */
    public static final List<EligibilityRule> ALL = List.of(R_ELIG_01, R_ELIG_02, R_ELIG_03, R_ELIG_04, R_ELIG_05,
            R_ELIG_06, R_ELIG_07, R_ELIG_08, R_ELIG_09, R_ELIG_10, R_ELIG_11, R_ELIG_12, R_ELIG_13);

    private EligibilityRules() {
    }

    private static EligibilityRule rule(String id, String text, EligibilityRule.Test test) {
        return new EligibilityRule(id, text, test);
    }

    private static List<RuleBreach> eachOrganisation(ApplicationUnderCheck application,
                                                     BiFunction<Organisation, String, List<RuleBreach>> test) {
        List<RuleBreach> breaches = new ArrayList<>();
        List<Organisation> organisations = application.organisations();
        for (int index = 0; index < organisations.size(); index++) {
            breaches.addAll(test.apply(organisations.get(index), "/organisations/" + index));
        }
        return breaches;
    }

    /** R-ELIG-06: KA229 projects may last longer when they organise long-term pupil mobility. */
    private static boolean longTermPupilMobility(ApplicationUnderCheck application) {
        return application.document().learningActivities().stream()
                .anyMatch(activity -> activity.activityType() == ActivityType.LONG_TERM_PUPIL_MOBILITY);
    }

    /** A call year as words show it: "2020", never "2,020". */
    private static String year(int callYear) {
        return String.valueOf(callYear);
    }

    private static boolean isBlank(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank();
    }
}
