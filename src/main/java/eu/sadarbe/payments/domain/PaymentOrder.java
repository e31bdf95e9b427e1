package eu.sadarbe.payments.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentRefused;

/**
 * One payment order of an agreement: a pre-financing, the balance, or a recovery the beneficiary pays back. It is due
 * until recorded made (once: never twice), and only while due may its amount change (an amendment) or its account be
 * re-pointed (a bank account change). Amounts are euros to the cent.
 */
public final class PaymentOrder {

    private final UUID id;
    private final GrantAgreementId agreementId;
    private final PaymentKind kind;
    private BigDecimal amount;
    private BigDecimal reduction;
    private LocalDate dueOn;
    private OrderState state;
    private String iban;
    private String bic;
    private @Nullable LocalDate paidOn;
    private @Nullable String bankReference;
    private @Nullable String markedBy;
    private @Nullable Instant markedAt;
    private final Instant createdAt;
    private int version;
    private boolean changed;
    private boolean persisted = true;

    PaymentOrder(UUID id, GrantAgreementId agreementId, PaymentKind kind, BigDecimal amount, BigDecimal reduction,
                 LocalDate dueOn, OrderState state, String iban, String bic, @Nullable LocalDate paidOn,
                 @Nullable String bankReference, @Nullable String markedBy, @Nullable Instant markedAt,
                 Instant createdAt, int version) {
        this.id = id;
        this.agreementId = agreementId;
        this.kind = kind;
        this.amount = cents(amount);
        this.reduction = cents(reduction);
        this.dueOn = dueOn;
        this.state = state;
        this.iban = iban;
        this.bic = bic;
        this.paidOn = paidOn;
        this.bankReference = bankReference;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
        this.createdAt = createdAt;
        this.version = version;
    }

    static PaymentOrder due(GrantAgreementId agreementId, PaymentKind kind, BigDecimal amount, BigDecimal reduction,
                            LocalDate dueOn, String iban, String bic, Instant now) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A payment order is for a positive amount, not " + amount);
        }
        PaymentOrder order = new PaymentOrder(UUID.randomUUID(), agreementId, kind, amount, reduction, dueOn,
                OrderState.DUE, iban, bic, null, null, null, null, now, 0);
        order.changed = true;
        order.persisted = false;
        return order;
    }

    /** Records the payment: a bank date and the bank's reference. Refused when it was made already or cancelled. */
    public void markMade(LocalDate paidOn, String bankReference, String by, Instant at) {
        if (state == OrderState.MADE) {
            throw new PaymentRefused("payments.refused.alreadyMade", "Payment order " + id + " was made already");
        }
        if (state == OrderState.CANCELLED) {
            throw new PaymentRefused("payments.refused.cancelled", "Payment order " + id + " was cancelled");
        }
        String reference = bankReference.strip();
        if (reference.isEmpty() || reference.length() > 100) {
            throw new PaymentRefused("payments.refused.reference", "A bank reference of 1 to 100 characters");
        }
        this.state = OrderState.MADE;
        this.paidOn = paidOn;
        this.bankReference = reference;
        this.markedBy = by;
        this.markedAt = at;
        this.changed = true;
    }

    void changeAmount(BigDecimal newAmount, BigDecimal newReduction) {
        requireDue();
        BigDecimal cents = cents(newAmount);
        if (cents.compareTo(amount) != 0 || cents(newReduction).compareTo(reduction) != 0) {
            this.amount = cents;
            this.reduction = cents(newReduction);
            this.changed = true;
        }
    }

    void repoint(String newIban, String newBic) {
        requireDue();
        if (!newIban.equals(iban) || !newBic.equals(bic)) {
            this.iban = newIban;
            this.bic = newBic;
            this.changed = true;
        }
    }

    void cancel() {
        requireDue();
        this.state = OrderState.CANCELLED;
        this.changed = true;
    }

    private void requireDue() {
        if (state != OrderState.DUE) {
            throw new PaymentRefused("payments.refused.notDue", "Payment order " + id + " is " + state);
        }
    }

    /** Money going to the beneficiary counts positive, a recovery coming back negative. */
    public BigDecimal signedAmount() {
        return kind == PaymentKind.RECOVERY ? amount.negate() : amount;
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public boolean isPrefinancing() {
        return kind == PaymentKind.FIRST_PREFINANCING || kind == PaymentKind.SECOND_PREFINANCING;
    }

    public UUID id() { return id; }
    public GrantAgreementId agreementId() { return agreementId; }
    public PaymentKind kind() { return kind; }
    public BigDecimal amount() { return amount; }
    public BigDecimal reduction() { return reduction; }
    public LocalDate dueOn() { return dueOn; }
    public OrderState state() { return state; }
    public String iban() { return iban; }
    public String bic() { return bic; }
    public @Nullable LocalDate paidOn() { return paidOn; }
    public @Nullable String bankReference() { return bankReference; }
    public @Nullable String markedBy() { return markedBy; }
    public @Nullable Instant markedAt() { return markedAt; }
    public Instant createdAt() { return createdAt; }
    int version() { return version; }
    boolean isChanged() { return changed; }

    boolean isPersisted() { return persisted; }

    void saved() {
        if (persisted) {
            this.version++;
        }
        this.persisted = true;
        this.changed = false;
    }

    /** The end-to-end reference of the credit transfer: the order's id without dashes (32 of SEPA's 35 characters). */
    public String endToEndId() {
        return id.toString().replace("-", "");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PaymentOrder order && order.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
