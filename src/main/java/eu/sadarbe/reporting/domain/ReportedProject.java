package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;

/**
 * The agreement a report answers to, as it stood when the report was opened or last brought up to date with an
 * amendment: kept with the report so that reading one needs no other module.
 */
public record ReportedProject(GrantAgreementId agreementId, String agreementNumber, int agreementVersion,
                              ApplicationId applicationId, String applicationNumber, String agencyCode,
                              String actionType, int callYear, int roundNumber, String title, String language,
                              PaymentScheme scheme, String beneficiaryOrganisationId, String beneficiaryName,
                              LocalDate projectStart, LocalDate projectEnd, Map<BudgetCategory, BigDecimal> awarded) {

    public ReportedProject {
        awarded = Map.copyOf(awarded);
    }

    public static ReportedProject of(AgreementInForce agreement) {
        return new ReportedProject(agreement.id(), agreement.number(), agreement.version(),
                agreement.applicationId(), agreement.applicationNumber(), agreement.agencyCode(),
                agreement.actionType(), agreement.callYear(), agreement.roundNumber(), agreement.title(),
                agreement.language(), agreement.scheme(), agreement.beneficiaryOrganisationId(),
                agreement.beneficiaryName(), agreement.projectStart(), agreement.projectEnd(), agreement.awarded());
    }

    public BigDecimal awardedTotal() {
        return awarded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
