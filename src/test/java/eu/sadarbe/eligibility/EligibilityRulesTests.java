package eu.sadarbe.eligibility;

import static eu.sadarbe.applications.ApplicationFixtures.aKA202Application;
import static eu.sadarbe.applications.ApplicationFixtures.anApplication;
import static eu.sadarbe.applications.ApplicationFixtures.anEligibleKA202Application;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.sadarbe.applications.ApplicationFixtures;
import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.OrganisationRole;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/** Each eligibility rule on its own, at its boundaries, with the figures of the calls migrations. */
class EligibilityRulesTests {

    static final NationalAgency VIAA = new NationalAgency("LV01", CountryCode.of("LV"),
            "Valsts izglītības attīstības aģentūra", "State Education Development Agency", true,
            List.of("KA201", "KA202", "KA203", "KA204", "KA229"));

    static List<Finding> findings(EligibilityRule rule, ApplicationDocument document) {
        return findings(rule, document, Optional.of(VIAA));
    }

    static List<Finding> findings(EligibilityRule rule, ApplicationDocument document, Optional<NationalAgency> agency) {
        RuleParameters parameters = MigrationRuleParameters.forCall(document.callYear(), document.actionType().name());
        return rule.findings(new ApplicationUnderCheck(document, agency), parameters);
    }

    static List<String> paths(EligibilityRule rule, ApplicationDocument document) {
        return findings(rule, document).stream().map(Finding::path).toList();
    }

    @Test
    void listsTheRulesOnceEachInChecklistOrder() {
        assertThat(EligibilityRules.ALL).extracting(EligibilityRule::id).containsExactly("R-ELIG-01", "R-ELIG-02",
                "R-ELIG-03", "R-ELIG-04", "R-ELIG-05", "R-ELIG-06", "R-ELIG-07", "R-ELIG-08", "R-ELIG-09", "R-ELIG-10",
                "R-ELIG-11", "R-ELIG-12", "R-ELIG-13");
    }

    @Test
    void anEligibleApplicationBreaksNoRule() {
        ApplicationDocument document = anEligibleKA202Application().build();
        assertThat(EligibilityRules.ALL).allSatisfy(rule -> assertThat(findings(rule, document)).isEmpty());
    }

    @Nested
    @DisplayName("R-ELIG-01")
    class ApplicantInAProgrammeCountry {

        @Test
        void rejectsAnApplicantFromAPartnerCountry() {
            var document = aKA202Application().withApplicantFrom("CH").withPartnersFrom("LV", "EE", "DE").build();
            assertThat(paths(EligibilityRules.R_ELIG_01, document)).containsExactly("/organisations/0/country");
        }

        @Test
        void acceptsSerbiaFromThe2019CallOnly() {
            var in2019 = aKA202Application().inCallYear(2019).withApplicantFrom("RS").withPartnersFrom("EE", "DE").build();
            var in2018 = aKA202Application().inCallYear(2018).withApplicantFrom("RS").withPartnersFrom("EE", "DE").build();
            assertThat(findings(EligibilityRules.R_ELIG_01, in2019)).isEmpty();
            assertThat(findings(EligibilityRules.R_ELIG_01, in2018)).hasSize(1);
        }
    }

    @Nested
    @DisplayName("R-ELIG-02")
    class MinimumConsortium {

        @Test
        void needsThreeOrganisationsFromThreeProgrammeCountriesByDefault() {
            assertThat(findings(EligibilityRules.R_ELIG_02, aKA202Application().withApplicantFrom("LV")
                    .withPartnersFrom("EE").build())).hasSize(1);
            assertThat(findings(EligibilityRules.R_ELIG_02, anEligibleKA202Application().build())).isEmpty();
        }

        @Test
        void needsThreeDifferentCountriesNotJustThreeOrganisations() {
            assertThat(findings(EligibilityRules.R_ELIG_02, aKA202Application().withApplicantFrom("LV")
                    .withPartnersFrom("LV", "EE").build())).hasSize(1);
        }

        @Test
        void excludesPartnerCountryOrganisations() {
            assertThat(findings(EligibilityRules.R_ELIG_02, aKA202Application().withApplicantFrom("LV")
                    .withPartnersFrom("EE", "CH").build())).hasSize(1);
        }

        @ParameterizedTest
        @CsvSource({"KA201", "KA205", "KA229"})
        void schoolYouthAndSchoolExchangePartnershipsNeedTwoFromTwo(ActionTypeCode type) {
            assertThat(findings(EligibilityRules.R_ELIG_02, anApplication(type).withApplicantFrom("LV")
                    .withPartnersFrom("EE").build())).isEmpty();
            assertThat(findings(EligibilityRules.R_ELIG_02, anApplication(type).withApplicantFrom("LV")
                    .withPartnersFrom("LV").build())).hasSize(1);
        }
    }

    @Nested
    @DisplayName("R-ELIG-03")
    class PartnerCountryOrganisations {

        @Test
        void requireAnAddedValue() {
            var document = anEligibleKA202Application().withOrganisation(position -> new Organisation(
                    ApplicationFixtures.identifier(2020, position), null, "Zürich school", CountryCode.of("CH"), "Zürich",
                    OrganisationType.VET_PROVIDER, OrganisationRole.PARTNER, null, " ")).build();
            assertThat(paths(EligibilityRules.R_ELIG_03, document)).containsExactly("/organisations/3/addedValue");
        }

        @Test
        void mayOnlyBePartners() {
            var document = aKA202Application().withApplicantFrom("CH").withPartnersFrom("LV", "EE", "DE").build();
            assertThat(paths(EligibilityRules.R_ELIG_03, document)).containsExactly("/organisations/0/role");
        }

        @Test
        void withAnAddedValueTakePartWithoutCounting() {
            var document = anEligibleKA202Application().withPartnersFrom("CH").build();
            assertThat(findings(EligibilityRules.R_ELIG_03, document)).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-ELIG-04")
    class SchoolExchangePartnerships {

        ApplicationFixtures schools(int count) {
            var fixture = anApplication(ActionTypeCode.KA229).ofType(ProjectType.EXCHANGE_OF_GOOD_PRACTICES)
                    .withApplicantFrom("LV");
            IntStream.range(1, count).forEach(i -> fixture.withPartnersFrom(i % 2 == 0 ? "EE" : "LT"));
            return fixture;
        }

        @Test
        void allowSixSchoolsButNotSeven() {
            assertThat(findings(EligibilityRules.R_ELIG_04, schools(6).build())).isEmpty();
            assertThat(paths(EligibilityRules.R_ELIG_04, schools(7).build())).containsExactly("/organisations");
        }

        @Test
        void allowOnlySchools() {
            var document = schools(2).with("DE", OrganisationType.NGO, OrganisationRole.PARTNER).build();
            assertThat(paths(EligibilityRules.R_ELIG_04, document)).containsExactly("/organisations/2");
        }

        @Test
        void allowOnlySchoolsInProgrammeCountries() {
            var document = schools(2).with("CH", OrganisationType.SCHOOL, OrganisationRole.PARTNER).build();
            assertThat(paths(EligibilityRules.R_ELIG_04, document)).containsExactly("/organisations/2");
        }

        @Test
        void needAtLeastTheMinimumOfSchools() {
            assertThat(findings(EligibilityRules.R_ELIG_04, schools(1).build()))
                    .extracting(Finding::messageKey).containsExactly("rule.R-ELIG-04.tooFew");
            assertThat(findings(EligibilityRules.R_ELIG_04, schools(2).build())).isEmpty();
        }

        @Test
        void existOnlyInTheCalls2018To2020() {
            assertThat(findings(EligibilityRules.R_ELIG_04, schools(2).inCallYear(2017).build()))
                    .extracting(Finding::path, Finding::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/actionType", "rule.R-ELIG-04.notOpen"));
            assertThat(findings(EligibilityRules.R_ELIG_04, schools(2).inCallYear(2018).build())).isEmpty();
        }

        @Test
        void doNotConcernOtherActionTypes() {
            var document = anEligibleKA202Application().withPartnersFrom("FI", "SE", "NO", "IS", "PL").build();
            assertThat(findings(EligibilityRules.R_ELIG_04, document)).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-ELIG-05")
    class HigherEducationInnovationOnly {

        @Test
        void rejectsExchangeOfGoodPracticesInHigherEducation() {
            var document = anApplication(ActionTypeCode.KA203).withApplicantFrom("LV").withPartnersFrom("EE", "DE")
                    .ofType(ProjectType.EXCHANGE_OF_GOOD_PRACTICES).build();
            assertThat(paths(EligibilityRules.R_ELIG_05, document)).containsExactly("/projectType");
            assertThat(findings(EligibilityRules.R_ELIG_05, aKA202Application().withApplicantFrom("LV")
                    .ofType(ProjectType.EXCHANGE_OF_GOOD_PRACTICES).build())).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-ELIG-06")
    class Duration {

        @ParameterizedTest(name = "{0} lasting {1} months: eligible {2}")
        @CsvSource({"KA202, 11, false", "KA202, 12, true", "KA202, 36, true", "KA202, 37, false",
                "KA201, 11, false", "KA201, 12, true", "KA204, 36, true", "KA204, 37, false",
                "KA203, 23, false", "KA203, 24, true", "KA203, 36, true", "KA203, 37, false",
                "KA205, 5, false", "KA205, 6, true", "KA205, 36, true", "KA205, 37, false",
                "KA229, 11, false", "KA229, 12, true", "KA229, 24, true", "KA229, 25, false"})
        void staysWithinTheRangeOfTheActionType(ActionTypeCode type, int months, boolean eligible) {
            var document = anApplication(type).withApplicantFrom("LV").withPartnersFrom("EE", "DE").lasting(months).build();
            assertThat(findings(EligibilityRules.R_ELIG_06, document).isEmpty()).isEqualTo(eligible);
        }

        @ParameterizedTest(name = "KA229 with long-term pupil mobility lasting {0} months: eligible {1}")
        @CsvSource({"25, true", "36, true", "37, false"})
        void schoolExchangesWithLongTermPupilMobilityMayLastUpTo36Months(int months, boolean eligible) {
            var document = anApplication(ActionTypeCode.KA229).withApplicantFrom("LV").withPartnersFrom("EE")
                    .withLearningActivity(ActivityType.LONG_TERM_PUPIL_MOBILITY, 1, 0, ParticipantKind.LEARNER, 1, 300, 90)
                    .lasting(months).build();
            assertThat(findings(EligibilityRules.R_ELIG_06, document).isEmpty()).isEqualTo(eligible);
        }
    }

    @Nested
    @DisplayName("R-ELIG-07")
    class ErasmusCharter {

        Organisation university(int position, String country, String eche) {
            return new Organisation(ApplicationFixtures.identifier(2020, position), null, "University",
                    CountryCode.of(country), "City", OrganisationType.HIGHER_EDUCATION_INSTITUTION,
                    OrganisationRole.PARTNER, eche, "Essential");
        }

        @Test
        void isRequiredOfHigherEducationInstitutionsInProgrammeCountries() {
            var document = anEligibleKA202Application().withOrganisation(position -> university(position, "FI", null)).build();
            assertThat(paths(EligibilityRules.R_ELIG_07, document)).containsExactly("/organisations/3/echeCode");
        }

        @Test
        void isNotRequiredInPartnerCountries() {
            var document = anEligibleKA202Application().withOrganisation(position -> university(position, "UA", null)).build();
            assertThat(findings(EligibilityRules.R_ELIG_07, document)).isEmpty();
        }

        @Test
        void isSatisfiedByACode() {
            var document = anEligibleKA202Application()
                    .withOrganisation(position -> university(position, "FI", "SF HELSINK01")).build();
            assertThat(findings(EligibilityRules.R_ELIG_07, document)).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-ELIG-08")
    class Priorities {

        @Test
        void needsAtLeastOne() {
            assertThat(paths(EligibilityRules.R_ELIG_08, anEligibleKA202Application().withPriorities().build()))
                    .containsExactly("/priorities");
            assertThat(findings(EligibilityRules.R_ELIG_08, anEligibleKA202Application()
                    .withPriorities("VET-WORK-BASED-LEARNING").build())).isEmpty();
        }

        @Test
        void takesHorizontalPrioritiesAndThoseOfTheActionTypesFieldOnly() {
            assertThat(findings(EligibilityRules.R_ELIG_08, anEligibleKA202Application()
                    .withPriorities("HZ-SOCIAL-INCLUSION").build())).isEmpty();
            assertThat(findings(EligibilityRules.R_ELIG_08, anEligibleKA202Application()
                    .withPriorities("VET-CONTINUING", "YO-PARTICIPATION").build()))
                    .extracting(Finding::path, Finding::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/priorities/1", "rule.R-ELIG-08.otherField"));
        }

        @Test
        void namesAnUnknownCode() {
            assertThat(findings(EligibilityRules.R_ELIG_08, anEligibleKA202Application()
                    .withPriorities("HZ-MADE-UP").build()))
                    .extracting(Finding::path, Finding::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/priorities/0", "rule.R-ELIG-08.unknown"));
        }
    }

    @Nested
    @DisplayName("R-ELIG-09")
    class NationalAgencyRouting {

        @Test
        void needsAnAgencyForTheApplicantsCountryAndActionType() {
            var document = anEligibleKA202Application().build();
            assertThat(findings(EligibilityRules.R_ELIG_09, document, Optional.empty())).extracting(Finding::path)
                    .containsExactly("/organisations/0/country");
            assertThat(findings(EligibilityRules.R_ELIG_09, document, Optional.of(VIAA))).isEmpty();
        }

        @Test
        void leavesApplicantsOutsideProgrammeCountriesToR_ELIG_01() {
            var document = aKA202Application().withApplicantFrom("CH").withPartnersFrom("LV", "EE", "DE").build();
            assertThat(findings(EligibilityRules.R_ELIG_09, document, Optional.empty())).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-ELIG-10")
    class OrganisationIdentifiers {

        @Test
        void wantsAnOidFromThe2020Call() {
            var withPic = aKA202Application().inCallYear(2019).withApplicantFrom("LV").withPartnersFrom("EE", "DE").build();
            var asIf2020 = new ApplicationDocument(2020, withPic.actionType(), withPic.projectType(), withPic.title(),
                    withPic.startDate(), 24, withPic.priorities(), withPic.organisations(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of());
            assertThat(paths(EligibilityRules.R_ELIG_10, asIf2020)).containsExactly("/organisations/0/oid",
                    "/organisations/1/oid", "/organisations/2/oid");
            assertThat(findings(EligibilityRules.R_ELIG_10, anEligibleKA202Application().build())).isEmpty();
        }

        @Test
        void wantsAPicUpToThe2019Call() {
            var withOid = anEligibleKA202Application().build();
            var asIf2019 = new ApplicationDocument(2019, withOid.actionType(), withOid.projectType(), withOid.title(),
                    withOid.startDate(), 24, withOid.priorities(), withOid.organisations(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of());
            assertThat(paths(EligibilityRules.R_ELIG_10, asIf2019)).hasSize(3).allMatch(path -> path.endsWith("/pic"));
            assertThat(findings(EligibilityRules.R_ELIG_10, aKA202Application().inCallYear(2019).withApplicantFrom("LV")
                    .withPartnersFrom("EE", "DE").build())).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"E1234567", "E123456789", "e12345678", "12345678", "EE2345678"})
        void rejectsAnOidOfTheWrongShape(String oid) {
            var document = anEligibleKA202Application().withOrganisation(position -> new Organisation(oid, null,
                    "Odd", CountryCode.of("FI"), "Oulu", OrganisationType.VET_PROVIDER, OrganisationRole.PARTNER, null,
                    null)).build();
            assertThat(paths(EligibilityRules.R_ELIG_10, document)).containsExactly("/organisations/3/oid");
        }
    }

    @Nested
    @DisplayName("R-ELIG-11")
    class ExactlyOneApplicant {

        @Test
        void rejectsTwoApplicantsOrNone() {
            assertThat(findings(EligibilityRules.R_ELIG_11, aKA202Application().withApplicantFrom("LV")
                    .withApplicantFrom("EE").withPartnersFrom("DE").build())).hasSize(1);
            assertThat(findings(EligibilityRules.R_ELIG_11, aKA202Application().withPartnersFrom("LV", "EE", "DE")
                    .build())).hasSize(1);
            assertThat(findings(EligibilityRules.R_ELIG_11, anEligibleKA202Application().build())).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-ELIG-12")
    class NoDuplicates {

        @Test
        void rejectsAnOrganisationListedTwice() {
            var document = anEligibleKA202Application().withOrganisation(position -> new Organisation(
                    ApplicationFixtures.identifier(2020, 2), null, "Again", CountryCode.of("DE"), "Hamburg",
                    OrganisationType.VET_PROVIDER, OrganisationRole.PARTNER, null, null)).build();
            assertThat(paths(EligibilityRules.R_ELIG_12, document)).containsExactly("/organisations/3");
        }
    }
}
