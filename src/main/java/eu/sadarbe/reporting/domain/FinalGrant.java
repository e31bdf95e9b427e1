package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.budget.BudgetCategory;

/**
 * The final grant of an agreement (rules file section 6): per category the eligible amount capped by the awarded one;
 * an overrun may be covered by underspending in other categories, from each at most {@code transferLimitShare} of its
 * awarded amount, never into a category with nothing awarded (R-BUD-01); the total is never above the awarded total;
 * then the R-RED-01 reduction applies to the whole of it (docs/reporting.md). Pure: no database.
 */
public record FinalGrant(Map<BudgetCategory, CategoryFigures> categories, BigDecimal transferLimitShare,
                         BigDecimal awardedTotal, BigDecimal reportedTotal, BigDecimal eligibleTotal,
                         BigDecimal acceptedTotal, Reduction reduction, BigDecimal reductionAmount,
                         BigDecimal finalGrant) {

    public FinalGrant {
        categories = Collections.unmodifiableMap(new EnumMap<>(categories));
    }

    public static FinalGrant compute(Map<BudgetCategory, BigDecimal> awarded, Map<BudgetCategory, BigDecimal> reported,
                                     Map<BudgetCategory, BigDecimal> eligible, BigDecimal transferLimitShare,
                                     Reduction reduction) {
        Map<BudgetCategory, BigDecimal> capped = new EnumMap<>(BudgetCategory.class);
        Map<BudgetCategory, BigDecimal> overrun = new EnumMap<>(BudgetCategory.class);
        BigDecimal transferable = BigDecimal.ZERO;
        for (BudgetCategory category : BudgetCategory.values()) {
            BigDecimal limit = cents(awarded.get(category));
            BigDecimal wanted = cents(eligible.get(category));
            BigDecimal kept = limit.signum() > 0 ? wanted.min(limit) : BigDecimal.ZERO.setScale(2);
            capped.put(category, kept);
            // R-BUD-01: nothing moves into a category with nothing awarded.
            overrun.put(category, limit.signum() > 0 ? wanted.subtract(kept) : BigDecimal.ZERO.setScale(2));
            BigDecimal leaving = limit.multiply(transferLimitShare).setScale(2, RoundingMode.DOWN);
            transferable = transferable.add(limit.subtract(kept).min(leaving));
        }
        Map<BudgetCategory, CategoryFigures> figures = new EnumMap<>(BudgetCategory.class);
        BigDecimal awardedTotal = BigDecimal.ZERO.setScale(2);
        BigDecimal reportedTotal = BigDecimal.ZERO.setScale(2);
        BigDecimal eligibleTotal = BigDecimal.ZERO.setScale(2);
        BigDecimal acceptedTotal = BigDecimal.ZERO.setScale(2);
        for (BudgetCategory category : BudgetCategory.values()) {
            BigDecimal in = overrun.get(category).min(transferable);
            transferable = transferable.subtract(in);
            BigDecimal accepted = capped.get(category).add(in);
            figures.put(category, new CategoryFigures(cents(awarded.get(category)), cents(reported.get(category)),
                    cents(eligible.get(category)), in, accepted));
            awardedTotal = awardedTotal.add(cents(awarded.get(category)));
            reportedTotal = reportedTotal.add(cents(reported.get(category)));
            eligibleTotal = eligibleTotal.add(cents(eligible.get(category)));
            acceptedTotal = acceptedTotal.add(accepted);
        }
        acceptedTotal = acceptedTotal.min(awardedTotal);
        BigDecimal cut = acceptedTotal.multiply(reduction.share()).setScale(2, RoundingMode.HALF_UP);
        return new FinalGrant(figures, transferLimitShare, awardedTotal, reportedTotal, eligibleTotal, acceptedTotal,
                reduction, cut, acceptedTotal.subtract(cut));
    }

    public CategoryFigures category(BudgetCategory category) {
        return categories.get(category);
    }

    /** The final grant less what was paid: positive, a balance to pay; negative, an amount to recover. */
    public BigDecimal balanceAfter(BigDecimal paid) {
        return finalGrant.subtract(paid);
    }

    private static BigDecimal cents(@Nullable BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
