package eu.sadarbe.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentRefused;

/**
 * The payments of one agreement: its terms and its orders, and the events of its life that make or change orders
 * (R-PAY-01, R-PAY-02). Whatever happens, what was paid, what is due and what remains to be ordered add up to the
 * awarded total (the final grant once settled): {@link #totals()}.
 * <p>
 * Due dates: the first pre-financing within the terms' days of entry into force (R-PAY-01). The second instalment
 * of a pre-financing paid in two instalments falls due at the project's mid-point (the rules file leaves the date to
 * the agreement; Sadarbe's choice), never before the first. The second pre-financing after an approved interim report
 * (R-PAY-02), the balance and a recovery fall due within the same days of the approval or settlement.
 */
public final class AgreementPayments {

    private AgreementTerms agreement;
    private final List<PaymentOrder> orders;

    AgreementPayments(AgreementTerms agreement, List<PaymentOrder> orders) {
        this.agreement = agreement;
        this.orders = new ArrayList<>(orders);
    }

    /** R-PAY-01: the agreement entered into force; its first pre-financing (and a second instalment) are ordered. */
    public static AgreementPayments enteredIntoForce(AgreementTerms agreement, Instant now) {
        AgreementPayments payments = new AgreementPayments(agreement, List.of());
        PaymentTerms terms = agreement.terms();
        LocalDate firstDue = agreement.enteredIntoForceOn().plusDays(terms.dueDays());
        payments.order(PaymentKind.FIRST_PREFINANCING,
                terms.planned(PaymentKind.FIRST_PREFINANCING, agreement.awardedTotal()), BigDecimal.ZERO, firstDue,
                now);
        if (terms.scheme() == PaymentScheme.PREFINANCING_IN_TWO_INSTALMENTS) {
            long days = ChronoUnit.DAYS.between(agreement.projectStart(), agreement.projectEnd());
            LocalDate midpoint = agreement.projectStart().plusDays(days / 2);
            payments.order(PaymentKind.SECOND_PREFINANCING,
                    terms.planned(PaymentKind.SECOND_PREFINANCING, agreement.awardedTotal()), BigDecimal.ZERO,
                    midpoint.isBefore(firstDue) ? firstDue : midpoint, now);
        }
        return payments;
    }

    /**
     * R-PAY-02: the interim report was approved showing {@code used} of the first pre-financing spent; the second
     * pre-financing is ordered, reduced by the unused part of the first when less than the threshold was used.
     */
    public PaymentOrder interimReportApproved(BigDecimal used, LocalDate today, Instant now) {
        requireNotSettled();
        if (agreement.terms().scheme() != PaymentScheme.TWO_PREFINANCINGS_WITH_INTERIM_REPORT) {
            throw new PaymentRefused("payments.refused.noInterim",
                    "R-PAY-02: only the 40 % + 40 % + 20 % scheme has a second pre-financing after an interim report");
        }
        if (find(PaymentKind.SECOND_PREFINANCING).isPresent()) {
            throw new PaymentRefused("payments.refused.secondOrdered", "R-PAY-02: the second pre-financing was ordered");
        }
        PaymentOrder first = find(PaymentKind.FIRST_PREFINANCING).orElse(null);
        if (first == null || first.state() != OrderState.MADE) {
            throw new PaymentRefused("payments.refused.firstNotPaid",
                    "R-PAY-02: the first pre-financing has not been paid yet");
        }
        // what the scheme plans up to the second, less what the first actually paid (an amendment may have lowered it)
        BigDecimal planned = agreement.terms().planned(PaymentKind.FIRST_PREFINANCING, agreement.awardedTotal())
                .add(agreement.terms().planned(PaymentKind.SECOND_PREFINANCING, agreement.awardedTotal()))
                .subtract(first.amount()).max(BigDecimal.ZERO);
        BigDecimal reduction = agreement.terms().reduction(first.amount(), used).min(planned);
        return order(PaymentKind.SECOND_PREFINANCING, planned.subtract(reduction), reduction,
                today.plusDays(agreement.terms().dueDays()), now)
                .orElseThrow(() -> new PaymentRefused("payments.refused.nothingToPay",
                        "R-PAY-02: the reduction leaves nothing to pay"));
    }

    /**
     * The final grant was settled after the final report: pre-financing not paid by now is cancelled, and what was
     * paid is compared with the final grant — a balance order for the difference, or a recovery order when the
     * pre-financing paid exceeds it. Neither when they are equal.
     */
    public Optional<PaymentOrder> finalGrantSettled(BigDecimal finalGrant, LocalDate today, Instant now) {
        requireNotSettled();
        if (finalGrant.signum() < 0 || finalGrant.stripTrailingZeros().scale() > 2) {
            throw new PaymentRefused("payments.refused.finalGrant", "The final grant is euros to the cent, not negative");
        }
        orders.stream().filter(o -> o.isPrefinancing() && o.state() == OrderState.DUE).forEach(PaymentOrder::cancel);
        BigDecimal paid = sum(OrderState.MADE);
        agreement = agreement.withFinalGrant(PaymentOrder.cents(finalGrant));
        BigDecimal difference = agreement.finalGrant().subtract(paid);
        LocalDate due = today.plusDays(agreement.terms().dueDays());
        if (difference.signum() > 0) {
            return order(PaymentKind.BALANCE, difference, BigDecimal.ZERO, due, now);
        }
        return order(PaymentKind.RECOVERY, difference.negate(), BigDecimal.ZERO, due, now);
    }

    /**
     * An approved amendment changed the awarded total: pre-financing not paid yet is recomputed from the new total
     * (paid orders stay as they are); an order the new total leaves nothing for is cancelled.
     */
    public void amended(BigDecimal awardedTotal, LocalDate projectEnd) {
        if (agreement.finalGrant() != null) {
            return;   // settled: the final grant decides, no amendment changes what is left
        }
        agreement = agreement.withAwardedTotal(PaymentOrder.cents(awardedTotal)).withProjectEnd(projectEnd);
        BigDecimal plannedSoFar = BigDecimal.ZERO;
        BigDecimal orderedSoFar = BigDecimal.ZERO;
        for (PaymentKind kind : agreement.terms().prefinancings()) {
            plannedSoFar = plannedSoFar.add(agreement.terms().planned(kind, agreement.awardedTotal()));
            Optional<PaymentOrder> ordered = find(kind);
            if (ordered.isPresent() && ordered.get().state() == OrderState.DUE) {
                PaymentOrder order = ordered.get();
                BigDecimal amount = plannedSoFar.subtract(orderedSoFar).subtract(order.reduction())
                        .max(BigDecimal.ZERO);
                if (amount.signum() == 0) {
                    order.cancel();
                } else {
                    order.changeAmount(amount, order.reduction());
                }
            }
            orderedSoFar = orderedSoFar.add(ordered.map(o -> o.state() == OrderState.CANCELLED ? BigDecimal.ZERO
                    : o.amount()).orElse(plannedSoFar.subtract(orderedSoFar).max(BigDecimal.ZERO)));
        }
    }

    /** The beneficiary's bank account changed: every order not yet made is paid into the new one. */
    public void bankAccountChanged(String iban, String bic) {
        agreement = agreement.withAccount(iban, bic);
        orders.stream().filter(o -> o.state() == OrderState.DUE && o.kind() != PaymentKind.RECOVERY)
                .forEach(o -> o.repoint(iban, bic));
    }

    /**
     * Paid, due and what remains to be ordered — each counting a recovery negative — and the grant they add up to.
     * What remains is the pre-financing the scheme still plans (as it would be ordered now) and the balance after it.
     */
    public Totals totals() {
        BigDecimal paid = sum(OrderState.MADE);
        BigDecimal due = sum(OrderState.DUE);
        BigDecimal remaining = BigDecimal.ZERO.setScale(2);
        if (agreement.finalGrant() == null) {
            BigDecimal plannedSoFar = BigDecimal.ZERO;
            BigDecimal orderedSoFar = BigDecimal.ZERO;
            for (PaymentKind kind : agreement.terms().prefinancings()) {
                plannedSoFar = plannedSoFar.add(agreement.terms().planned(kind, agreement.awardedTotal()));
                Optional<PaymentOrder> ordered = find(kind);
                if (ordered.isPresent()) {
                    orderedSoFar = orderedSoFar.add(ordered.get().state() == OrderState.CANCELLED ? BigDecimal.ZERO
                            : ordered.get().amount());
                } else {
                    BigDecimal planned = plannedSoFar.subtract(orderedSoFar).max(BigDecimal.ZERO);
                    remaining = remaining.add(planned);
                    orderedSoFar = orderedSoFar.add(planned);
                }
            }
            remaining = remaining.add(agreement.awardedTotal().subtract(orderedSoFar));   // the balance, planned
        }
        return new Totals(paid, due, remaining, agreement.target());
    }

    private Optional<PaymentOrder> order(PaymentKind kind, BigDecimal amount, BigDecimal reduction, LocalDate dueOn,
                                         Instant now) {
        if (PaymentOrder.cents(amount).signum() <= 0) {
            return Optional.empty();
        }
        PaymentOrder order = PaymentOrder.due(agreement.agreementId(), kind, amount, reduction, dueOn,
                agreement.iban(), agreement.bic(), now);
        orders.add(order);
        return Optional.of(order);
    }

    private BigDecimal sum(OrderState state) {
        return orders.stream().filter(o -> o.state() == state).map(PaymentOrder::signedAmount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private void requireNotSettled() {
        if (agreement.finalGrant() != null) {
            throw new PaymentRefused("payments.refused.settled", "The final grant was settled already");
        }
    }

    public Optional<PaymentOrder> find(PaymentKind kind) {
        return orders.stream().filter(o -> o.kind() == kind).findFirst();
    }

    public Optional<PaymentOrder> order(java.util.UUID id) {
        return orders.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public AgreementTerms agreement() {
        return agreement;
    }

    public List<PaymentOrder> orders() {
        return orders.stream().sorted(Comparator.comparing(PaymentOrder::dueOn)
                .thenComparing(o -> o.kind().ordinal())).toList();
    }

    /** Paid + due + remaining = grant, each to the cent. */
    public record Totals(BigDecimal paid, BigDecimal due, BigDecimal remaining, BigDecimal grant) {

        public boolean reconcile() {
            return paid.add(due).add(remaining).compareTo(grant) == 0;
        }
    }
}
