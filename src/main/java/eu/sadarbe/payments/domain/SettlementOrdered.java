package eu.sadarbe.payments.domain;

import java.util.UUID;

import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.PaymentKind;

/** Payments' own note that a settled final grant made its balance or recovery order (the demo data listens to it). */
public record SettlementOrdered(GrantAgreementId agreementId, UUID orderId, PaymentKind kind) {
}
