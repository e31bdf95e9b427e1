package eu.sadarbe.grants.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.PaymentScheme;

/**
 * Everything an officer puts into a new agreement: the selected application, the agency, the beneficiary and
 * partners, the dates (duration as awarded), the awarded amounts per category, the payment scheme (R-PAY-01), the
 * bank account, the legal representative and the language of the agreement.
 */
public record Preparation(String number, ApplicationId applicationId, String applicationNumber, String agencyCode,
                          String actionType, int callYear, int roundNumber, String title, String language,
                          Party beneficiary, List<Party> partners, LocalDate projectStart, int durationMonths,
                          Map<BudgetCategory, BigDecimal> amounts, PaymentScheme scheme, BankAccount account,
                          String legalRepresentative) {

    public Preparation {
        partners = List.copyOf(partners);
        amounts = Map.copyOf(amounts);
    }
}
