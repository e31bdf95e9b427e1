package eu.sadarbe.grants.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.sadarbe.budget.BudgetCategory;

/**
 * One version of what the agreement says that amendments may change: the partners with their mandates, the end
 * date, the awarded amount per budget category and the bank account. Version 1 is the agreement as signed.
 */
public record AgreementTerms(int version, List<Party> partners, LocalDate projectEnd,
                             Map<BudgetCategory, BigDecimal> amounts, BankAccount account) {

    public AgreementTerms {
        partners = List.copyOf(partners);
        EnumMap<BudgetCategory, BigDecimal> copy = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory category : BudgetCategory.values()) {
            copy.put(category, amounts.getOrDefault(category, BigDecimal.ZERO).setScale(2));
        }
        amounts = Collections.unmodifiableMap(copy);
    }

    public BigDecimal total() {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal amount(BudgetCategory category) {
        return amounts.getOrDefault(category, BigDecimal.ZERO);
    }

    public Optional<Party> partner(String organisationId) {
        return partners.stream().filter(party -> party.organisationId().equals(organisationId)).findFirst();
    }

    AgreementTerms next(List<Party> newPartners, LocalDate newEnd, Map<BudgetCategory, BigDecimal> newAmounts,
                        BankAccount newAccount) {
        return new AgreementTerms(version + 1, newPartners, newEnd, newAmounts, newAccount);
    }
}
