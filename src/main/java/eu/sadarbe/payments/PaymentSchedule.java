package eu.sadarbe.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.grants.GrantAgreementId;

/**
 * The payment orders of agreements in force as other modules read them (reporting's monitoring and the project's
 * "what is due next"): due, made or cancelled, never changed through here.
 */
public interface PaymentSchedule {

    /** The agency's payment orders, by agreement and due date. */
    List<ScheduledPayment> ofAgency(String agencyCode);

    /** One agreement's payment orders, by due date. */
    List<ScheduledPayment> ofAgreement(GrantAgreementId agreementId);

    /**
     * One payment order: {@code state} is {@code DUE}, {@code MADE} or {@code CANCELLED}; {@code amount} is what is
     * paid (or, for a {@link PaymentKind#RECOVERY}, what the beneficiary pays back); {@code paidOn} once made.
     */
    record ScheduledPayment(UUID orderId, GrantAgreementId agreementId, PaymentKind kind, BigDecimal amount,
                            LocalDate dueOn, String state, @Nullable LocalDate paidOn) {

        public boolean isDue() {
            return "DUE".equals(state);
        }

        public boolean isMade() {
            return "MADE".equals(state);
        }
    }
}
