package eu.sadarbe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.calls.MigrationRuleParameters;

/** The final grant: caps per category, R-BUD-01's transfers, R-RED-01's bands from the call year's figures. */
class FinalGrantTests {

    static final ReductionBands BANDS = ReductionBands.of(MigrationRuleParameters.forCall(2020, "KA201"));
    static final BigDecimal LIMIT = new BigDecimal("0.2");

    static Map<BudgetCategory, BigDecimal> amounts(String... pairs) {
        Map<BudgetCategory, BigDecimal> amounts = new EnumMap<>(BudgetCategory.class);
        for (int index = 0; index < pairs.length; index += 2) {
            amounts.put(BudgetCategory.valueOf(pairs[index]), new BigDecimal(pairs[index + 1]));
        }
        return amounts;
    }

    @Nested
    @DisplayName("R-RED-01")
    class ReductionBandsByScore {

        @ParameterizedTest
        @CsvSource({"100, 0", "50, 0", "49, 0.25", "40, 0.25", "39, 0.5", "26, 0.5", "25, 0.5", "24, 0.75", "0, 0.75"})
        void theBandsHoldAtTheirEdges(int score, String share) {
            assertThat(BANDS.reductionFor(score).share()).isEqualByComparingTo(share);
        }

        @Test
        void aScoreOfExactly25IsInTheMediumBandAsAnUnconfirmedFigure() {
            assertThat(BANDS.reductionFor(25).band()).isEqualTo(Reduction.Band.MEDIUM);
            assertThat(BANDS.mediumFromStatus()).isEqualTo(eu.sadarbe.calls.FigureStatus.ofFlag("U"));
        }

        @Test
        void aScoreOutsideZeroToTheMaximumIsRefused() {
            assertThatThrownBy(() -> BANDS.reductionFor(101)).isInstanceOfSatisfying(ReportRefused.class,
                    refused -> assertThat(refused.rule()).isEqualTo("R-RED-01"));
            assertThatThrownBy(() -> BANDS.reductionFor(-1)).isInstanceOf(ReportRefused.class);
        }

        @Test
        void theReductionAppliesToTheWholeAcceptedGrant() {
            FinalGrant grant = FinalGrant.compute(amounts("PROJECT_MANAGEMENT", "10000", "TRANSNATIONAL_MEETINGS", "5000"),
                    amounts("PROJECT_MANAGEMENT", "10000", "TRANSNATIONAL_MEETINGS", "4000"),
                    amounts("PROJECT_MANAGEMENT", "10000", "TRANSNATIONAL_MEETINGS", "4000"), LIMIT,
                    BANDS.reductionFor(45));
            assertThat(grant.acceptedTotal()).isEqualByComparingTo("14000");
            assertThat(grant.reductionAmount()).isEqualByComparingTo("3500");
            assertThat(grant.finalGrant()).isEqualByComparingTo("10500");
            assertThat(grant.balanceAfter(new BigDecimal("12000"))).isEqualByComparingTo("-1500");
        }
    }

    @Nested
    @DisplayName("R-BUD-01")
    class Transfers {

        @Test
        void anOverrunIsCoveredByUnderspendingUpToTheLimitOfTheCategoryItLeaves() {
            FinalGrant grant = FinalGrant.compute(
                    amounts("PROJECT_MANAGEMENT", "10000", "TRANSNATIONAL_MEETINGS", "5000", "LEARNING_TRAVEL", "5000"),
                    amounts("PROJECT_MANAGEMENT", "10000", "TRANSNATIONAL_MEETINGS", "9000", "LEARNING_TRAVEL", "1000"),
                    amounts("PROJECT_MANAGEMENT", "10000", "TRANSNATIONAL_MEETINGS", "9000", "LEARNING_TRAVEL", "1000"),
                    LIMIT, Reduction.NONE);
            // 4 000 over in meetings; travel underspent 4 000 but may give only 20 % of its 5 000: 1 000
            assertThat(grant.category(BudgetCategory.TRANSNATIONAL_MEETINGS).transferredIn()).isEqualByComparingTo("1000");
            assertThat(grant.category(BudgetCategory.TRANSNATIONAL_MEETINGS).accepted()).isEqualByComparingTo("6000");
            assertThat(grant.category(BudgetCategory.LEARNING_TRAVEL).accepted()).isEqualByComparingTo("1000");
            assertThat(grant.acceptedTotal()).isEqualByComparingTo("17000");
            assertThat(grant.reportedTotal()).isEqualByComparingTo("20000");
        }

        @Test
        void nothingMovesIntoACategoryWithNothingAwarded() {
            FinalGrant grant = FinalGrant.compute(amounts("PROJECT_MANAGEMENT", "10000"),
                    amounts("PROJECT_MANAGEMENT", "5000", "EXCEPTIONAL_COSTS", "3000"),
                    amounts("PROJECT_MANAGEMENT", "5000", "EXCEPTIONAL_COSTS", "3000"), LIMIT, Reduction.NONE);
            assertThat(grant.category(BudgetCategory.EXCEPTIONAL_COSTS).accepted()).isEqualByComparingTo("0");
            assertThat(grant.acceptedTotal()).isEqualByComparingTo("5000");
        }

        @Test
        void theTotalIsNeverAboveTheAwardedTotal() {
            FinalGrant grant = FinalGrant.compute(amounts("PROJECT_MANAGEMENT", "100", "LEARNING_TRAVEL", "100"),
                    amounts("PROJECT_MANAGEMENT", "900", "LEARNING_TRAVEL", "900"),
                    amounts("PROJECT_MANAGEMENT", "900", "LEARNING_TRAVEL", "900"), LIMIT, Reduction.NONE);
            assertThat(grant.acceptedTotal()).isEqualByComparingTo("200");
        }
    }
}
