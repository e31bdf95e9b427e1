package eu.sadarbe.grants;

import java.math.BigDecimal;
import java.time.LocalDate;

import eu.sadarbe.applications.ApplicationId;

/**
 * The last signature, the agency's, was given: the agreement is in force from {@code enteredIntoForceOn}, a date in
 * Brussels (rules file section 6), and its first pre-financing falls due within the days R-PAY-01 gives. The
 * beneficiary is the coordinator, or for KA229 the school that signed this agreement; its bank account was checked
 * (IBAN and BIC) when the agreement was prepared.
 */
public record AgreementEnteredIntoForce(GrantAgreementId agreementId, String agreementNumber,
                                        ApplicationId applicationId, String applicationNumber, String agencyCode,
                                        String actionType, int callYear, PaymentScheme scheme,
                                        BigDecimal awardedTotal, LocalDate enteredIntoForceOn,
                                        LocalDate projectStart, LocalDate projectEnd, String beneficiaryName,
                                        String beneficiaryOrganisationId, String iban, String bic) {
}
