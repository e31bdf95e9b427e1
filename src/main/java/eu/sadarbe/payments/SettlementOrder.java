package eu.sadarbe.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payment order as the reporting module shows it beside a report's decision: the second pre-financing, the balance
 * or the recovery, its amount, the date it falls due (a recovery: the date the beneficiary must pay back by), and
 * the date it was paid (a recovery: received), once the agency recorded it.
 */
public record SettlementOrder(UUID orderId, PaymentKind kind, BigDecimal amount, LocalDate dueOn,
                              @Nullable LocalDate paidOn) {
}
