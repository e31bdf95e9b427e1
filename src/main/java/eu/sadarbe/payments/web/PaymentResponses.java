package eu.sadarbe.payments.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.payments.domain.AgreementPayments;
import eu.sadarbe.payments.domain.OrderLine;

/** What the payments API answers. */
final class PaymentResponses {

    private PaymentResponses() {
    }

    record Order(UUID id, UUID agreementId, String agreementNumber, String applicationNumber, String beneficiary,
                 String actionType, String round, String kind, String rule, BigDecimal amount, BigDecimal reduction,
                 LocalDate dueOn, String state, String iban, String bic, @Nullable LocalDate paidOn,
                 @Nullable String bankReference, String endToEndId, boolean sharesUnconfirmed) {

        static Order of(OrderLine line) {
            return new Order(line.orderId(), line.agreementId(), line.agreementNumber(), line.applicationNumber(),
                    line.beneficiaryName(), line.actionType(), line.round(), line.kind().name(),
                    switch (line.kind()) {
                        case FIRST_PREFINANCING -> "R-PAY-01";
                        case SECOND_PREFINANCING -> "R-PAY-02";
                        default -> "";
                    }, line.amount(), line.reduction(), line.dueOn(), line.state().name(), line.iban(), line.bic(),
                    line.paidOn(), line.bankReference(), line.endToEndId(), line.sharesUnconfirmed());
        }
    }

    record Totals(BigDecimal paid, BigDecimal due, BigDecimal remaining, BigDecimal grant) {
        static Totals of(AgreementPayments.Totals totals) {
            return new Totals(totals.paid(), totals.due(), totals.remaining(), totals.grant());
        }
    }

    record Project(UUID agreementId, String agreementNumber, String applicationNumber, String scheme,
                   BigDecimal awardedTotal, Totals totals, List<Order> orders) {
    }

    record Sum(long count, BigDecimal amount) {
    }

    record Page(int page, int size, Sum due, Sum made, List<Order> orders) {
    }
}
