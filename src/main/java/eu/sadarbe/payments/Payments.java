package eu.sadarbe.payments;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.domain.PaymentDesk;

/**
 * The use cases the reporting module calls when a report is decided (rules file section 6). Each answers the new
 * payment order's id; a refusal ({@code PaymentRefused}) says why, with its rule id.
 */
@Service
public class Payments {

    private final PaymentDesk desk;

    Payments(PaymentDesk desk) {
        this.desk = desk;
    }

    /**
     * R-PAY-02: the interim report of a 40 % + 40 % + 20 % agreement was approved, showing how much of the first
     * pre-financing was used. The second pre-financing becomes due; when less than 70 % (the rule figure) of the
     * first was used it is reduced by the unused part of the first.
     */
    public UUID interimReportApproved(GrantAgreementId agreementId, BigDecimal amountUsedOfPreviousPrefinancing) {
        return desk.interimReportApproved(agreementId, amountUsedOfPreviousPrefinancing);
    }

    /**
     * The final grant was settled after the final report: a balance order for what is still owed, or a recovery order
     * (with its due date) when the pre-financing paid exceeds the final grant; none when they are equal. Pre-financing
     * not paid by then is cancelled.
     */
    public Optional<UUID> finalGrantSettled(GrantAgreementId agreementId, BigDecimal finalGrant) {
        return desk.finalGrantSettled(agreementId, finalGrant);
    }

    /**
     * What was paid to the beneficiary so far (orders made, recoveries received deducted): the pre-financing the final
     * grant is compared with. Zero for an agreement payments does not know.
     */
    public BigDecimal paidSoFar(GrantAgreementId agreementId) {
        return desk.paidSoFar(agreementId);
    }

    /** An order's kind, amount, due date and payment, for the report decision and its letter. */
    public Optional<SettlementOrder> order(UUID orderId) {
        return desk.line(orderId).map(line -> new SettlementOrder(line.orderId(), line.kind(), line.amount(),
                line.dueOn(), line.paidOn()));
    }
}
