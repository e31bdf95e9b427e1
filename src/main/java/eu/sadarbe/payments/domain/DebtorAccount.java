package eu.sadarbe.payments.domain;

import java.time.Instant;

/** The agency's own account, the debtor of its SEPA credit transfers: IBAN and BIC checked with iban4j. */
public record DebtorAccount(String agencyCode, String iban, String bic, String updatedBy, Instant updatedAt) {
}
