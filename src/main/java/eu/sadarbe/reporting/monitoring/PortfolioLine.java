package eu.sadarbe.reporting.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.payments.PaymentSchedule.ScheduledPayment;

/**
 * One agreement in force of the agency's portfolio: its reports (interim when the scheme has one, final), the
 * payments made and due, the absorption — what the latest submitted report claims against the awarded grant — and
 * the flags: a report open after its due date (R-REP-01) and a final report claiming less than the low-absorption
 * share of the awarded grant.
 */
public record PortfolioLine(AgreementInForce agreement, @Nullable ReportState interim, @Nullable ReportState fin,
                            BigDecimal paid, BigDecimal due, @Nullable ScheduledPayment nextDue,
                            @Nullable Completion completion, @Nullable BigDecimal reported,
                            @Nullable BigDecimal absorption, boolean lateReport, boolean lowAbsorption) {

    static PortfolioLine of(AgreementInForce agreement, @Nullable ReportState interim, @Nullable ReportState fin,
                            java.util.List<ScheduledPayment> payments, @Nullable Completion completion,
                            LocalDate today, BigDecimal lowAbsorptionShare) {
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        ScheduledPayment next = null;
        for (ScheduledPayment payment : payments) {
            if (payment.isMade()) {
                paid = paid.add(signed(payment));
            } else if (payment.isDue()) {
                due = due.add(signed(payment));
                if (next == null || payment.dueOn().isBefore(next.dueOn())) {
                    next = payment;
                }
            }
        }
        ReportState latest = fin != null && fin.reported() != null ? fin
                : interim != null && interim.reported() != null ? interim : null;
        BigDecimal reported = latest == null ? null : latest.reported();
        BigDecimal awarded = agreement.awardedTotal();
        BigDecimal absorption = reported == null || awarded.signum() == 0 ? null
                : reported.divide(awarded, 4, RoundingMode.HALF_UP);
        boolean late = (fin != null && fin.isOverdue(today)) || (interim != null && interim.isOverdue(today));
        boolean low = latest == fin && reported != null && awarded.signum() > 0
                && reported.compareTo(awarded.multiply(lowAbsorptionShare)) < 0;
        return new PortfolioLine(agreement, interim, fin, paid, due, next, completion, reported, absorption, late,
                low);
    }

    private static BigDecimal signed(ScheduledPayment payment) {
        return payment.kind() == eu.sadarbe.payments.PaymentKind.RECOVERY ? payment.amount().abs().negate()
                : payment.amount();
    }

    public String round() {
        return agreement.callYear() + "/" + agreement.roundNumber();
    }

    /** The final report's status, or none when no report was opened yet. */
    public @Nullable String status() {
        return fin == null ? null : fin.status().name();
    }

    /** The report the project owes next: the open one due first. */
    public @Nullable ReportState reportDue() {
        if (interim != null && interim.status() == eu.sadarbe.reporting.ReportStatus.OPEN) {
            return interim;
        }
        return fin != null && fin.status() == eu.sadarbe.reporting.ReportStatus.OPEN ? fin : null;
    }
}
