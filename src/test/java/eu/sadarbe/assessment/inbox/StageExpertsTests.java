package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.calls.RuleFigure;

/** R-AWD-03: the round dashboard's SCORED stage waits for the call year's number of experts, not a typed 2. */
@DisplayName("R-AWD-03")
class StageExpertsTests {

    @Test
    void scoredNeedsAsManySubmittedAssessmentsAsTheFiguresSay() {
        String experts = InboxEntries.expertsPerApplication((year, type) -> MigrationRuleParameters
                .forCall(year, type).whole(RuleFigure.AWARD_EXPERTS_PER_APPLICATION));

        assertThat(experts).isEqualTo("2");
        assertThat(Stage.SCORED.condition(experts)).isEqualTo("i.assignments_submitted >= 2 AND i.assignments_open = 0")
                .doesNotContain("{");
    }

    @Test
    void aFigureCorrectedForOneCallAndActionTypeIsAskedOfThatRowOnly() {
        String experts = InboxEntries.expertsPerApplication(
                (year, type) -> year == 2019 && type.equals("KA203") ? 3 : 2);

        assertThat(experts).startsWith("(CASE").endsWith(" ELSE 2 END)")
                .contains(" WHEN i.call_year = 2019 AND i.action_type = 'KA203' THEN 3 ")
                .contains(" WHEN i.call_year = 2020 AND i.action_type = 'KA201' THEN 2");
        assertThat(Stage.SUBMITTED.condition(experts)).isEqualTo("1 = 1");
    }
}
