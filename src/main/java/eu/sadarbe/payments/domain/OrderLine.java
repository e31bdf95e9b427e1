package eu.sadarbe.payments.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.payments.PaymentKind;

/** One payment order as the finance page, the project's page and the credit-transfer file read it. */
public record OrderLine(UUID orderId, UUID agreementId, String agreementNumber, UUID applicationId,
                        String applicationNumber, String beneficiaryName, String agencyCode, String actionType,
                        int callYear, @Nullable Integer roundNumber, PaymentKind kind, BigDecimal amount,
                        BigDecimal reduction, LocalDate dueOn, OrderState state, String iban, String bic,
                        @Nullable LocalDate paidOn, @Nullable String bankReference, boolean sharesUnconfirmed) {

    public String endToEndId() {
        return orderId.toString().replace("-", "");
    }

    /** The round as the filter names it, {@code 2019/1}, or empty when the application's round was not known. */
    public String round() {
        return roundNumber == null ? "" : callYear + "/" + roundNumber;
    }
}
