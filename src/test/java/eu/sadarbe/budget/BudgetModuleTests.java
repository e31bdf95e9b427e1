package eu.sadarbe.budget;

import static eu.sadarbe.applications.ApplicationFixtures.anEligibleKA202Application;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.Money;

/**
 * The budget module with the calls module, whose rule figures it reads (it injects none of its beans, so Modulith
 * would not start it as a direct dependency), no demo data: budget neither publishes nor listens to events, so its
 * module test shows that it starts without the rest of Sadarbe and figures a grant with the database's rule
 * figures of the call year, as submission and the formal check ask it to. A module test (issue #14, item 8).
 */
@ModuleTest(extraIncludes = "calls")
class BudgetModuleTests {

    @Autowired Budgeting budgeting;
    @Autowired RuleBook rules;

    @Test
    void projectManagementIsTheCallYearsMonthlyAmountsFromTheDatabaseTimesTheMonths_R_FIN_03() {
        for (int callYear : new int[] {2016, 2020}) {
            ApplicationDocument document = anEligibleKA202Application().inCallYear(callYear).lasting(24).build();
            RuleParameters figures = rules.parametersFor(callYear, "KA202");
            BigDecimal perMonth = figures.amount(RuleFigure.PM_COORDINATOR_PER_MONTH)
                    .add(figures.amount(RuleFigure.PM_PARTNER_PER_MONTH).multiply(BigDecimal.valueOf(2)))
                    .min(figures.amount(RuleFigure.PM_MAXIMUM_PER_MONTH));

            Budget budget = budgeting.budgetOf(document, figures);

            assertThat(budget.amount(BudgetCategory.PROJECT_MANAGEMENT)).as("R-FIN-03 in %d", callYear)
                    .isEqualTo(new Money(perMonth.multiply(BigDecimal.valueOf(24))));
            assertThat(budget.total()).as("the sum of the categories")
                    .isEqualTo(budget.categories().values().stream().reduce(Money.ZERO, Money::plus));
        }
    }
}
