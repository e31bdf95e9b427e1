package eu.sadarbe.assessment.inbox;

import java.util.List;

import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.Money;

/**
 * R-AWD-04 at the formal check: an applicant asking for more than the call year's figure (60,000 EUR in the calls
 * 2014–2020, {@link RuleFigure#FINANCIAL_CAPACITY_THRESHOLD}) must show its financial capacity, so the officer asks
 * for the financial-capacity documents. {@code otherAnnexes} are the file names of the submitted annexes that are
 * not partner mandates, where such documents may already be.
 */
public record FinancialCapacity(Money requestedGrant, Money threshold, List<String> otherAnnexes) {

    public static final String RULE = "R-AWD-04";

    public FinancialCapacity {
        otherAnnexes = List.copyOf(otherAnnexes);
    }

    /** The requested grant against the figure of the submission's call year, action type and revision. */
    public static FinancialCapacity of(Money requestedGrant, RuleParameters parameters, List<String> otherAnnexes) {
        return new FinancialCapacity(requestedGrant,
                new Money(parameters.amount(RuleFigure.FINANCIAL_CAPACITY_THRESHOLD)), otherAnnexes);
    }

    /** Strictly above the figure: a grant of exactly the figure needs no documents. */
    public boolean documentsRequired() {
        return requestedGrant.exceeds(threshold);
    }
}
