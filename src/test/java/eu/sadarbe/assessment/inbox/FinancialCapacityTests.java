package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.shared.Money;

/** R-AWD-04: the formal check asks for financial-capacity documents above the call year's figure. */
@DisplayName("R-AWD-04")
class FinancialCapacityTests {

    @ParameterizedTest(name = "{0} EUR: documents required {1}")
    @CsvSource({"60000.01, true", "300000.00, true", "60000.00, false", "59999.99, false", "0.00, false"})
    void asksForTheDocumentsOnlyAboveTheFigure(String requested, boolean required) {
        FinancialCapacity capacity = FinancialCapacity.of(Money.of(requested),
                MigrationRuleParameters.forCall(2020, "KA201"), List.of());
        assertThat(capacity.threshold()).isEqualTo(Money.of("60000.00"));
        assertThat(capacity.documentsRequired()).isEqualTo(required);
    }

    @ParameterizedTest
    @ValueSource(ints = {2014, 2017, 2019, 2020})
    void readsTheThresholdFromTheCallYearsFigureNotALiteral(int callYear) {
        var parameters = MigrationRuleParameters.forCall(callYear, "KA204");
        FinancialCapacity capacity = FinancialCapacity.of(Money.of("70000"), parameters, List.of());
        assertThat(capacity.threshold().amount())
                .isEqualByComparingTo(parameters.amount(eu.sadarbe.calls.RuleFigure.FINANCIAL_CAPACITY_THRESHOLD));
        assertThat(capacity.threshold()).isEqualTo(Money.of("60000"));
    }

    @Test
    void namesTheSubmittedAnnexesThatAreNotMandates() {
        String submitted = """
                {"callYear": 2020, "annexes": {"annexes": [
                  {"id": "a", "organisation": "E10000002", "kind": "MANDATE", "fileName": "mandate-ee.pdf"},
                  {"id": "b", "kind": "OTHER", "fileName": "balance-sheet-2019.pdf"},
                  {"id": "c", "kind": "OTHER", "fileName": "profit-and-loss-2019.pdf"}]}}""";
        assertThat(FormalChecks.otherAnnexes(submitted))
                .containsExactly("balance-sheet-2019.pdf", "profit-and-loss-2019.pdf");
        assertThat(FormalChecks.otherAnnexes("""
                {"annexes": [{"kind": "OTHER", "fileName": "accounts.pdf"}, {"kind": "MANDATE", "fileName": "m.pdf"}]}"""))
                .containsExactly("accounts.pdf");
        assertThat(FormalChecks.otherAnnexes("{\"callYear\": 2020}")).isEmpty();
    }
}
