package eu.sadarbe.payments;

/** What a payment order pays (R-PAY-01, R-PAY-02, rules file section 6 "Balance payment"). */
public enum PaymentKind {
    FIRST_PREFINANCING,
    SECOND_PREFINANCING,
    BALANCE,
    /** Money the beneficiary pays back: the pre-financing exceeded the final grant. */
    RECOVERY
}
