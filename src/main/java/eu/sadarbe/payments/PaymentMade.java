package eu.sadarbe.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.GrantAgreementId;

/**
 * The agency's finance officer recorded that a payment order was paid on {@code paidOn} (a bank date): a
 * disbursement of the grant, public in the open data (issue 20).
 */
public record PaymentMade(UUID paymentOrderId, GrantAgreementId agreementId, ApplicationId applicationId,
                          String applicationNumber, String agencyCode, PaymentKind kind, BigDecimal amount,
                          LocalDate paidOn) {
}
