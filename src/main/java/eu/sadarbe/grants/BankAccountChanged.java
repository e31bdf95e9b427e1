package eu.sadarbe.grants;

import java.time.Instant;

/** An approved amendment changed the account the agency pays into; payments not yet made go there. */
public record BankAccountChanged(GrantAgreementId agreementId, String iban, String bic, Instant changedAt) {
}
