package eu.sadarbe.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.budget.BudgetCategory;

/**
 * A grant agreement in force as its current version says (the last approved amendment): what the project reports
 * against (rules file section 6). {@code awarded} holds all nine budget categories, to the cent; {@code partners}
 * are the other organisations of a multi-beneficiary agreement (none for a KA229 school's own agreement).
 */
public record AgreementInForce(GrantAgreementId id, String number, int version, ApplicationId applicationId,
                               String applicationNumber, String agencyCode, String actionType, int callYear,
                               int roundNumber, String title, String language, PaymentScheme scheme,
                               String beneficiaryOrganisationId, String beneficiaryName,
                               List<String> partnerOrganisationIds, LocalDate enteredIntoForceOn,
                               LocalDate projectStart, LocalDate projectEnd,
                               Map<BudgetCategory, BigDecimal> awarded) {

    public AgreementInForce {
        partnerOrganisationIds = List.copyOf(partnerOrganisationIds);
        EnumMap<BudgetCategory, BigDecimal> copy = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory category : BudgetCategory.values()) {
            copy.put(category, awarded.getOrDefault(category, BigDecimal.ZERO));
        }
        awarded = Collections.unmodifiableMap(copy);
    }

    public BigDecimal awardedTotal() {
        return awarded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal awarded(BudgetCategory category) {
        return awarded.get(category);
    }
}
