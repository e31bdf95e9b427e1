package eu.sadarbe.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment order as the reporting module shows it beside a report's decision: the second pre-financing, the balance
 * or the recovery, its amount and the date it falls due (a recovery: the date the beneficiary must pay back by).
 */
public record SettlementOrder(UUID orderId, PaymentKind kind, BigDecimal amount, LocalDate dueOn) {
}
