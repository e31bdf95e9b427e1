package eu.sadarbe.payments.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import eu.sadarbe.calls.FigureStatus;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentRefused;

/**
 * The payment terms of one agreement (R-PAY-01, R-PAY-02) as the rule figures of its call year gave them when it
 * entered into force: the share of the awarded total each pre-financing pays, the days within which an order falls
 * due, and R-PAY-02's use threshold.
 * <p>
 * <b>Rounding, so that shares always sum exactly.</b> Each pre-financing is the awarded total times the
 * <em>cumulative</em> share up to and including it, rounded half-up to the cent, less the same for the ones before
 * it: {@code first = round(A × s1)}, {@code second = round(A × (s1 + s2)) − round(A × s1)}. The balance is what is
 * left, {@code A − first − second}. No cent is lost or made whatever the total.
 */
public record PaymentTerms(PaymentScheme scheme, BigDecimal firstShare, BigDecimal secondShare,
                           boolean sharesUnconfirmed, int dueDays, BigDecimal useThreshold) {

    /** The terms a scheme takes from the figures of a call year. */
    public static PaymentTerms of(PaymentScheme scheme, RuleParameters figures) {
        RuleFigure share = switch (scheme) {
            case ONE_PREFINANCING -> RuleFigure.PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING;
            case PREFINANCING_IN_TWO_INSTALMENTS -> RuleFigure.PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS;
            case TWO_PREFINANCINGS_WITH_INTERIM_REPORT -> RuleFigure.PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS;
        };
        BigDecimal first = figures.amount(share);
        BigDecimal second = scheme == PaymentScheme.ONE_PREFINANCING ? BigDecimal.ZERO : first;
        boolean unconfirmed = figures.figure(share).status() == FigureStatus.UNCONFIRMED;
        return new PaymentTerms(scheme, first, second, unconfirmed, figures.whole(RuleFigure.PAYMENT_FIRST_DUE_DAYS),
                figures.amount(RuleFigure.PAYMENT_SECOND_PREFINANCING_USE_THRESHOLD));
    }

    public PaymentTerms {
        if (firstShare.signum() <= 0 || secondShare.signum() < 0
                || firstShare.add(secondShare).compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Pre-financing shares must lie within the awarded total");
        }
    }

    /** The pre-financings this scheme pays, in order. */
    public List<PaymentKind> prefinancings() {
        return scheme == PaymentScheme.ONE_PREFINANCING ? List.of(PaymentKind.FIRST_PREFINANCING)
                : List.of(PaymentKind.FIRST_PREFINANCING, PaymentKind.SECOND_PREFINANCING);
    }

    /** The planned amount of a pre-financing before any R-PAY-02 reduction, by the cumulative rounding above. */
    public BigDecimal planned(PaymentKind kind, BigDecimal awarded) {
        return switch (kind) {
            case FIRST_PREFINANCING -> cumulative(awarded, firstShare);
            case SECOND_PREFINANCING -> cumulative(awarded, firstShare.add(secondShare))
                    .subtract(cumulative(awarded, firstShare));
            default -> throw new IllegalArgumentException(kind + " is not a pre-financing");
        };
    }

    private static BigDecimal cumulative(BigDecimal awarded, BigDecimal share) {
        return awarded.multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * R-PAY-02: the reduction of the second pre-financing. When the interim report shows less than the threshold
     * (70 %) of the first pre-financing used, the second is reduced by the unused part of the first
     * ({@code first − used}); at or above the threshold nothing is taken off. The rules file's reading; the
     * reduction never takes the second below zero (the caller caps it).
     */
    public BigDecimal reduction(BigDecimal firstPaid, BigDecimal used) {
        if (used.signum() < 0) {
            throw new PaymentRefused("payments.refused.usedNegative", "R-PAY-02: the amount used cannot be negative");
        }
        BigDecimal threshold = firstPaid.multiply(useThreshold);
        if (used.compareTo(threshold) >= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return firstPaid.subtract(used).setScale(2, RoundingMode.HALF_UP);
    }
}
