package eu.sadarbe.budget;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.sadarbe.calls.Finding;
import eu.sadarbe.shared.Money;

/**
 * The grant an application asks for: every category (all nine, in order), their sum, the largest grant the
 * project may ask for (R-FIN-01), and what the funding rules found.
 */
public record Budget(Map<BudgetCategory, Money> categories, Money total, Money maximum, List<Finding> findings) {

    public Budget {
        categories = Collections.unmodifiableMap(new EnumMap<>(categories));
        findings = List.copyOf(findings);
    }

    public Money amount(BudgetCategory category) {
        return categories.getOrDefault(category, Money.ZERO);
    }
}
