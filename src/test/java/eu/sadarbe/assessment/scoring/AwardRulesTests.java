package eu.sadarbe.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The award rules with the 2014–2020 figures (R-AWD-01…03), at their boundaries. */
class AwardRulesTests {

    static final AwardRules RULES = new AwardRules(Map.of(Criterion.RELEVANCE, 30, Criterion.DESIGN, 20,
            Criterion.TEAM, 20, Criterion.IMPACT, 30), 60, new BigDecimal("0.5"), 30, 2);

    @Nested
    @DisplayName("R-AWD-01")
    class Maxima {

        @Test
        void theFourCriteriaHaveTheirMaxima() {
            assertThat(Criterion.values()).extracting(RULES::maximum).containsExactly(30, 20, 20, 30);
        }
    }

    @Nested
    @DisplayName("R-AWD-02")
    class PassRule {

        @Test
        void R_AWD_02_passesWithSixtyPointsAndHalfOfEachMaximum() {
            assertThat(RULES.passes(new Scores(15, 10, 10, 25))).isTrue();
        }

        @Test
        void R_AWD_02_failsWithFiftyNinePoints() {
            assertThat(RULES.passes(new Scores(15, 10, 10, 24))).isFalse();
        }

        @Test
        void R_AWD_02_failsWhenOneCriterionIsBelowHalfItsMaximumWhateverTheTotal() {
            assertThat(RULES.passes(new Scores(14, 20, 20, 30))).isFalse();
            assertThat(RULES.passes(new Scores(30, 9, 20, 30))).isFalse();
        }

        @Test
        void R_AWD_02_aCriterionAtExactlyHalfItsMaximumPasses() {
            assertThat(RULES.passes(new Scores(30, 10, 10, 15))).isTrue();
            assertThat(RULES.threshold(Criterion.RELEVANCE)).isEqualByComparingTo("15");
        }
    }

    @Nested
    @DisplayName("R-AWD-03")
    class ThirdExpert {

        @Test
        void R_AWD_03_triggeredAtExactlyThirtyPointsDifference() {
            assertThat(RULES.needsThirdExpert(90, 60)).isTrue();
            assertThat(RULES.needsThirdExpert(50, 80)).isTrue();
        }

        @Test
        void R_AWD_03_notTriggeredAtTwentyNinePoints() {
            assertThat(RULES.needsThirdExpert(89, 60)).isFalse();
        }

        @Test
        void R_AWD_03_notTriggeredWhenBothTotalsAreBelowThePassMark() {
            assertThat(RULES.needsThirdExpert(59, 20)).isFalse();
            assertThat(RULES.needsThirdExpert(60, 20)).isTrue();
        }

        @Test
        void R_AWD_03_suggestsTheMeanOfTwoRoundedHalfUpPerCriterion() {
            Scores suggestion = AwardRules.suggestion(List.of(new Scores(25, 15, 15, 25), new Scores(20, 16, 12, 22)));

            assertThat(suggestion).isEqualTo(new Scores(23, 16, 14, 24));   // 22.5→23, 15.5→16, 13.5→14, 23.5→24
            assertThat(suggestion.total()).isEqualTo(77);
        }

        @Test
        void R_AWD_03_withThreeExpertsSuggestsTheMeanOfTheTwoClosestTotals() {
            List<Scores> three = List.of(new Scores(28, 18, 18, 28), new Scores(10, 8, 8, 10),
                    new Scores(24, 16, 16, 26));

            assertThat(AwardRules.counted(three)).containsExactly(0, 2);
            assertThat(AwardRules.suggestion(three)).isEqualTo(new Scores(26, 17, 17, 27));
        }

        @Test
        void R_AWD_03_onATieTheEarlierPairCounts() {
            List<Scores> three = List.of(new Scores(20, 10, 10, 20), new Scores(25, 15, 15, 25),
                    new Scores(30, 20, 20, 30));

            assertThat(AwardRules.counted(three)).containsExactly(0, 1);
        }

        @Test
        void R_AWD_03_theNumberOfExpertsIsTheCallYearsFigure() {
            AwardRules rules = AwardRules.of(eu.sadarbe.calls.MigrationRuleParameters.forCall(2020, "KA201"));

            assertThat(rules.expertsPerApplication()).isEqualTo(2);
            assertThat(rules.allRegularAssessmentsIn(1)).isFalse();
            assertThat(rules.allRegularAssessmentsIn(2)).isTrue();
            AwardRules three = new AwardRules(RULES.maxima(), 60, new BigDecimal("0.5"), 30, 3);
            assertThat(three.allRegularAssessmentsIn(2)).isFalse();
            assertThat(three.allRegularAssessmentsIn(3)).isTrue();
        }

        @Test
        void R_AWD_03_aThirdExpertWhenTheHighestAndLowestOfTheRegularTotalsLieTooFarApart() {
            assertThat(RULES.needsThirdExpert(List.of(80, 50))).isEqualTo(RULES.needsThirdExpert(80, 50)).isTrue();
            assertThat(RULES.needsThirdExpert(List.of(80, 51))).isFalse();
            assertThat(RULES.needsThirdExpert(List.of(70, 85, 55))).isTrue();
            assertThat(RULES.needsThirdExpert(List.of(59, 29, 40))).isFalse();   // all below the pass mark
            assertThat(RULES.needsThirdExpert(List.of())).isFalse();
        }
    }
}
