package eu.sadarbe.grants.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.grants.PaymentScheme;

/**
 * The payments R-PAY-01 gives the scheme, as shares of the grant: the first pre-financing, the second (or the
 * second instalment) when there is one, the balance; with the days the first is due in and whether every
 * figure is confirmed.
 */
public record PaymentShares(BigDecimal first, @Nullable BigDecimal second, BigDecimal balance, int firstDueDays,
                     boolean confirmed) {

    public static PaymentShares of(PaymentScheme scheme, RuleParameters parameters) {
        int days = parameters.whole(RuleFigure.PAYMENT_FIRST_DUE_DAYS);
        return switch (scheme) {
            case ONE_PREFINANCING -> {
                var figure = parameters.figure(RuleFigure.PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING);
                yield new PaymentShares(figure.amount(), null, BigDecimal.ONE.subtract(figure.amount()), days,
                        confirmed(figure));
            }
            case PREFINANCING_IN_TWO_INSTALMENTS -> {
                var figure = parameters.figure(RuleFigure.PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS);
                yield new PaymentShares(figure.amount(), figure.amount(),
                        BigDecimal.ONE.subtract(figure.amount().multiply(BigDecimal.valueOf(2))), days, confirmed(figure));
            }
            case TWO_PREFINANCINGS_WITH_INTERIM_REPORT -> {
                var figure = parameters.figure(RuleFigure.PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS);
                yield new PaymentShares(figure.amount(), figure.amount(),
                        BigDecimal.ONE.subtract(figure.amount().multiply(BigDecimal.valueOf(2))), days, confirmed(figure));
            }
        };
    }

    private static boolean confirmed(eu.sadarbe.calls.Figure figure) {
        return figure.status() == eu.sadarbe.calls.FigureStatus.CONFIRMED;
    }

    public String percent(@Nullable BigDecimal share) {
        return share == null ? "" : share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
