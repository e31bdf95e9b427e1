package eu.sadarbe.payments.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.GrantAgreementId;

/** What payments keep of an agreement in force: who is paid, how much in all, by which terms, into which account. */
public record AgreementTerms(GrantAgreementId agreementId, String agreementNumber, ApplicationId applicationId,
                             String applicationNumber, String agencyCode, String actionType, int callYear,
                             @Nullable Integer roundNumber, BigDecimal awardedTotal, @Nullable BigDecimal finalGrant,
                             LocalDate enteredIntoForceOn, LocalDate projectStart, LocalDate projectEnd,
                             String beneficiaryName, String iban, String bic, PaymentTerms terms) {

    AgreementTerms withAwardedTotal(BigDecimal total) {
        return new AgreementTerms(agreementId, agreementNumber, applicationId, applicationNumber, agencyCode,
                actionType, callYear, roundNumber, total, finalGrant, enteredIntoForceOn, projectStart, projectEnd,
                beneficiaryName, iban, bic, terms);
    }

    AgreementTerms withFinalGrant(BigDecimal grant) {
        return new AgreementTerms(agreementId, agreementNumber, applicationId, applicationNumber, agencyCode,
                actionType, callYear, roundNumber, awardedTotal, grant, enteredIntoForceOn, projectStart, projectEnd,
                beneficiaryName, iban, bic, terms);
    }

    AgreementTerms withAccount(String newIban, String newBic) {
        return new AgreementTerms(agreementId, agreementNumber, applicationId, applicationNumber, agencyCode,
                actionType, callYear, roundNumber, awardedTotal, finalGrant, enteredIntoForceOn, projectStart,
                projectEnd, beneficiaryName, newIban, newBic, terms);
    }

    AgreementTerms withProjectEnd(LocalDate end) {
        return new AgreementTerms(agreementId, agreementNumber, applicationId, applicationNumber, agencyCode,
                actionType, callYear, roundNumber, awardedTotal, finalGrant, enteredIntoForceOn, projectStart,
                end, beneficiaryName, iban, bic, terms);
    }

    /** The grant the totals reconcile with: the final grant once settled, the awarded total before. */
    public BigDecimal target() {
        return finalGrant != null ? finalGrant : awardedTotal;
    }
}
