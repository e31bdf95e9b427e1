package eu.sadarbe.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import eu.sadarbe.applications.RandomDocuments;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ApplicationDocumentReader;
import eu.sadarbe.applications.document.MalformedDocument;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.Money;

/** Properties of the engine over documents of every shape (jqwik, seeded: a failure names its seed). */
class EligibilityCheckPropertyTests {

    // The pure entry point needs neither the rule book nor the reference data.
    final EligibilityCheck engine = new EligibilityCheck(null, new Budgeting());
    final ApplicationDocumentReader reader = new ApplicationDocumentReader(callYear -> CallYears.isKnown(callYear)
            ? Set.copyOf(MigrationRuleParameters.forCall(callYear, "*").countries().keySet()) : null);

    CheckReport check(ApplicationDocument document) {
        RuleParameters parameters = MigrationRuleParameters.forCall(document.callYear(), document.actionType().name());
        return engine.check(document, parameters, Optional.empty());
    }

    @Property(tries = 500)
    void noWellFormedDocumentMakesTheEngineThrow(@ForAll long seed) {
        ApplicationDocument document = RandomDocuments.document(new Random(seed));
        assertThatCode(() -> check(document)).doesNotThrowAnyException();
    }

    @Property(tries = 500)
    void theBudgetTotalIsAlwaysTheSumOfItsCategories(@ForAll long seed) {
        Budget budget = check(RandomDocuments.document(new Random(seed))).budget();
        assertThat(budget.categories()).hasSize(9);
        assertThat(budget.categories().values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(budget.total());
        assertThat(budget.categories().values()).allMatch(amount -> amount.amount().scale() == 2
                && amount.amount().signum() >= 0);
    }

    @Property(tries = 500)
    void eligibleExactlyWhenNoFindingIsAnError(@ForAll long seed) {
        CheckReport report = check(RandomDocuments.document(new Random(seed)));
        assertThat(report.eligible()).isEqualTo(report.findings().stream().noneMatch(Finding::isError));
    }

    @Property(tries = 1000)
    void malformedJsonIsEitherReadOrRejectedWithFaultsNeverAnythingElse(@ForAll long seed) throws Exception {
        String example = Files.readString(Path.of("src/test/resources/api-examples/green-skills.json"));
        String json = RandomDocuments.malformed(example, new Random(seed));
        try {
            ApplicationDocument document = reader.read(json);
            if (CallYears.isKnown(document.callYear())) {
                check(document);
            }
        } catch (MalformedDocument malformed) {
            assertThat(malformed.faults()).isNotEmpty();
        }
    }
}
