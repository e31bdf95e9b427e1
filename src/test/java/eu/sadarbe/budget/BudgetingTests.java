package eu.sadarbe.budget;

import static eu.sadarbe.applications.ApplicationFixtures.anApplication;
import static eu.sadarbe.applications.ApplicationFixtures.anEligibleKA202Application;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.calls.Severity;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.shared.Money;

/** Each budget category and funding rule at its boundaries, with the figures of the calls migrations. */
class BudgetingTests {

    final Budgeting budgeting = new Budgeting();

    Budget budget(ApplicationDocument document) {
        return budgeting.budgetOf(document, MigrationRuleParameters.forCall(document.callYear(),
                document.actionType().name()));
    }

    Budget budget(ApplicationFixtures fixture) {
        return budget(fixture.build());
    }

    static List<String> rules(Budget budget, Severity severity) {
        return budget.findings().stream().filter(finding -> finding.severity() == severity).map(Finding::rule).toList();
    }

    @Test
    void listsAllNineCategoriesInOrderWithZerosAndTheirSum() {
        Budget budget = budget(anEligibleKA202Application().withSpecialNeeds(1, "100.005"));
        assertThat(budget.categories().keySet()).containsExactly(BudgetCategory.values());
        assertThat(budget.amount(BudgetCategory.SPECIAL_NEEDS)).isEqualTo(Money.of("100.01"));
        assertThat(budget.total()).isEqualTo(Money.of("24100.01"));
    }

    @Nested
    @DisplayName("R-FIN-01")
    class MaximumGrant {

        @ParameterizedTest(name = "{0} months: at most {1}")
        @CsvSource({"12, 150000.00", "24, 300000.00", "36, 450000.00", "37, 450000.00"})
        void isTheMonthlyAmountTimesMonthsAtMostTheOverallMaximum(int months, String maximum) {
            assertThat(budget(anEligibleKA202Application().lasting(months)).maximum()).isEqualTo(Money.of(maximum));
        }

        @Test
        void isAnErrorWhenExceeded() {
            Budget budget = budget(anEligibleKA202Application().lasting(12)
                    .withOutput(0, StaffCategory.MANAGER, 2000));
            assertThat(rules(budget, Severity.ERROR)).containsExactly("R-FIN-01");
        }
    }

    @Nested
    @DisplayName("R-FIN-02")
    class SchoolExchangeMaximum {

        @Test
        void limitsTheGrantPerSchoolAndYear() {
            var twoSchools = anApplication(ActionTypeCode.KA229).ofType(ProjectType.EXCHANGE_OF_GOOD_PRACTICES)
                    .withApplicantFrom("LV").withPartnersFrom("EE").lasting(12);
            assertThat(rules(budget(twoSchools.withExceptionalCost(0, "30000")), Severity.ERROR)).isEmpty();
            assertThat(rules(budget(twoSchools.withExceptionalCost(0, "5000")), Severity.ERROR))
                    .containsExactly("R-FIN-02");
        }
    }

    @Nested
    @DisplayName("R-FIN-03")
    class ProjectManagement {

        @Test
        void paysTheApplicantAndEachOtherOrganisationMonthly() {
            assertThat(budget(anEligibleKA202Application()).amount(BudgetCategory.PROJECT_MANAGEMENT))
                    .isEqualTo(Money.euros((500 + 2 * 250) * 24));
        }

        @Test
        void reachesTheMonthlyCapWithTenOrganisationsWithoutAWarning() {
            Budget budget = budget(organisations(10).lasting(12));
            assertThat(budget.amount(BudgetCategory.PROJECT_MANAGEMENT)).isEqualTo(Money.euros(2750 * 12));
            assertThat(rules(budget, Severity.WARNING)).doesNotContain("R-FIN-03");
        }

        @Test
        void capsElevenOrganisationsAt2750AMonthWithAWarning() {
            Budget budget = budget(organisations(11).lasting(12));
            assertThat(budget.amount(BudgetCategory.PROJECT_MANAGEMENT)).isEqualTo(Money.euros(2750 * 12));
            assertThat(rules(budget, Severity.WARNING)).containsExactly("R-FIN-03");
        }

        ApplicationFixtures organisations(int count) {
            var fixture = anEligibleKA202Application();
            IntStream.range(3, count).forEach(i -> fixture.withPartnersFrom("FI"));
            return fixture;
        }
    }

    @Nested
    @DisplayName("R-FIN-04")
    class TransnationalMeetings {

        @ParameterizedTest(name = "{0} km: {1} per traveller")
        @CsvSource({"0, 0", "99, 0", "100, 575", "1999, 575", "2000, 760", "12000, 760"})
        void payPerTravellerByDistanceBand(int distanceKm, long amount) {
            Budget budget = budget(anEligibleKA202Application().withMeeting(0, 1, 2, distanceKm));
            assertThat(budget.amount(BudgetCategory.TRANSNATIONAL_MEETINGS)).isEqualTo(Money.euros(2 * amount));
        }
    }

    @Nested
    @DisplayName("R-FIN-05")
    class IntellectualOutputs {

        @Test
        void payDaysAtTheRateOfTheEmployersCountryGroup() {
            Budget budget = budget(anEligibleKA202Application()
                    .withOutput(0, StaffCategory.TEACHER_TRAINER_RESEARCHER_YOUTH_WORKER, 40)
                    .withOutput(2, StaffCategory.TECHNICIAN, 10));
            assertThat(budget.amount(BudgetCategory.INTELLECTUAL_OUTPUTS)).isEqualTo(Money.euros(40 * 74 + 10 * 162));
        }
    }

    @Nested
    @DisplayName("R-FIN-06")
    class MultiplierEvents {

        @Test
        void payLocalAndInternationalParticipants() {
            Budget budget = budget(anEligibleKA202Application().withOutput(0, StaffCategory.MANAGER, 1)
                    .withMultiplierEvent(0, 40, 5));
            assertThat(budget.amount(BudgetCategory.MULTIPLIER_EVENTS)).isEqualTo(Money.euros(5000));
            assertThat(budget.findings()).isEmpty();
        }

        @Test
        void areCappedPerProjectWithAWarning() {
            Budget budget = budget(anEligibleKA202Application().withOutput(0, StaffCategory.MANAGER, 1)
                    .withMultiplierEvent(0, 300, 0).withMultiplierEvent(1, 1, 0));
            assertThat(budget.amount(BudgetCategory.MULTIPLIER_EVENTS)).isEqualTo(Money.euros(30000));
            assertThat(rules(budget, Severity.WARNING)).containsExactly("R-FIN-06");
            assertThat(rules(budget, Severity.ERROR)).isEmpty();
        }

        @Test
        void needAnIntellectualOutput() {
            Budget budget = budget(anEligibleKA202Application().withMultiplierEvent(0, 10, 0));
            assertThat(rules(budget, Severity.ERROR)).containsExactly("R-FIN-06");
        }
    }

    @Nested
    @DisplayName("R-FIN-07")
    class LearningTravel {

        @ParameterizedTest(name = "{0} km in 2020: {1}")
        @CsvSource({"9, 0", "10, 20", "99, 20", "100, 180", "499, 180", "500, 275", "1999, 275", "2000, 360",
                "2999, 360", "3000, 530", "3999, 530", "4000, 820", "7999, 820", "8000, 1500"})
        void paysPerParticipantByBand(int distanceKm, long amount) {
            assertThat(travel(2020, distanceKm)).isEqualTo(Money.euros(amount));
        }

        @ParameterizedTest(name = "{0} km in 2017: {1}")
        @CsvSource({"50, 0", "100, 180", "8000, 1100"})
        void followsTheBandsOfTheCallYear(int distanceKm, long amount) {
            assertThat(travel(2017, distanceKm)).isEqualTo(Money.euros(amount));
        }

        Money travel(int callYear, int distanceKm) {
            return budget(anApplication(ActionTypeCode.KA202).inCallYear(callYear).withApplicantFrom("LV")
                    .withPartnersFrom("EE", "DE").withLearningActivity(ActivityType.SHORT_TERM_JOINT_STAFF_TRAINING,
                            1, 0, ParticipantKind.STAFF, 1, distanceKm, 5))
                    .amount(BudgetCategory.LEARNING_TRAVEL);
        }
    }

    @Nested
    @DisplayName("R-FIN-08")
    class IndividualSupport {

        @ParameterizedTest(name = "{0} for {1} days: {2}")
        @CsvSource({"STAFF, 14, 1484", "STAFF, 15, 1558", "ACCOMPANYING_PERSON, 15, 1558", "STAFF, 60, 4888",
                "LEARNER, 14, 770", "LEARNER, 15, 810", "LEARNER, 60, 2610"})
        void paysTheFullRateUpToDay14AndTheReducedRateUpToDay60(ParticipantKind kind, int days, long amount) {
            assertThat(support(kind, days).amount(BudgetCategory.LEARNING_INDIVIDUAL_SUPPORT)).isEqualTo(Money.euros(amount));
            assertThat(support(kind, days).findings()).isEmpty();
        }

        @Test
        void countsOnly60DaysWithAWarningBeyond() {
            Budget budget = support(ParticipantKind.STAFF, 61);
            assertThat(budget.amount(BudgetCategory.LEARNING_INDIVIDUAL_SUPPORT)).isEqualTo(Money.euros(4888));
            assertThat(rules(budget, Severity.WARNING)).containsExactly("R-FIN-08");
        }

        Budget support(ParticipantKind kind, int days) {
            return budget(anEligibleKA202Application().withLearningActivity(
                    ActivityType.SHORT_TERM_JOINT_STAFF_TRAINING, 1, 0, kind, 1, 300, days));
        }
    }

    @Nested
    @DisplayName("LINGUISTIC_SUPPORT")
    class LinguisticSupport {

        @Test
        void paysEachParticipantOfALongTermActivity() {
            Budget budget = budget(anEligibleKA202Application().withLearningActivity(
                    ActivityType.LONG_TERM_TEACHING_OR_TRAINING_ASSIGNMENT, 1, 0, ParticipantKind.STAFF, 2, 300, 60));
            assertThat(budget.amount(BudgetCategory.LINGUISTIC_SUPPORT)).isEqualTo(Money.euros(300));
        }

        @Test
        void paysNothingForShortActivities() {
            Budget budget = budget(anEligibleKA202Application().withLearningActivity(
                    ActivityType.LONG_TERM_TEACHING_OR_TRAINING_ASSIGNMENT, 1, 0, ParticipantKind.STAFF, 2, 300, 59));
            assertThat(budget.amount(BudgetCategory.LINGUISTIC_SUPPORT)).isEqualTo(Money.ZERO);
        }
    }

    @Nested
    @DisplayName("R-FIN-09")
    class ExceptionalCosts {

        @Test
        void payThreeQuartersOfTheEligibleCost() {
            assertThat(budget(anEligibleKA202Application().withExceptionalCost(0, "4000"))
                    .amount(BudgetCategory.EXCEPTIONAL_COSTS)).isEqualTo(Money.euros(3000));
        }

        @Test
        void areCappedPerProjectWithAWarning() {
            Budget exactly = budget(anEligibleKA202Application().withExceptionalCost(0, "66666.66"));
            assertThat(rules(exactly, Severity.WARNING)).isEmpty();
            Budget over = budget(anEligibleKA202Application().withExceptionalCost(0, "80000"));
            assertThat(over.amount(BudgetCategory.EXCEPTIONAL_COSTS)).isEqualTo(Money.euros(50000));
            assertThat(rules(over, Severity.WARNING)).containsExactly("R-FIN-09");
        }
    }

    @Nested
    @DisplayName("R-FIN-10")
    class SpecialNeeds {

        @Test
        void payTheFullAmounts() {
            assertThat(budget(anEligibleKA202Application().withSpecialNeeds(1, "1200").withSpecialNeeds(2, "0.50"))
                    .amount(BudgetCategory.SPECIAL_NEEDS)).isEqualTo(Money.of("1200.50"));
        }
    }

    @Nested
    @DisplayName("R-FIN-11")
    class CategoryAvailabilityTests {

        @Test
        void exchangeOfGoodPracticesHasNoOutputsOrMultiplierEvents() {
            Budget budget = budget(anEligibleKA202Application().ofType(ProjectType.EXCHANGE_OF_GOOD_PRACTICES)
                    .withOutput(0, StaffCategory.MANAGER, 1).withMultiplierEvent(0, 1, 0));
            assertThat(budget.findings()).filteredOn(finding -> finding.rule().equals("R-FIN-11"))
                    .extracting(Finding::path).containsExactly("/intellectualOutputs", "/multiplierEvents");
        }

        @Test
        void schoolExchangePartnershipsHaveNoMeetings() {
            Budget budget = budget(anApplication(ActionTypeCode.KA229).ofType(ProjectType.EXCHANGE_OF_GOOD_PRACTICES)
                    .withApplicantFrom("LV").withPartnersFrom("EE").withMeeting(1, 0, 1, 300));
            assertThat(rules(budget, Severity.ERROR)).containsExactly("R-FIN-11");
        }

        @Test
        void innovationProjectsMayAskForEveryCategory() {
            Budget budget = budget(anEligibleKA202Application().withMeeting(1, 0, 1, 300)
                    .withOutput(0, StaffCategory.MANAGER, 1).withMultiplierEvent(0, 1, 0));
            assertThat(budget.findings()).isEmpty();
        }
    }
}
