package eu.sadarbe.payments.domain;

import eu.sadarbe.grants.GrantAgreementId;

/** Payments' own note that an agreement's first orders were made (the demo data listens to it). */
public record PaymentsOrdered(GrantAgreementId agreementId, String agencyCode) {
}
