package eu.sadarbe.payments.domain;

/** No payment order or agreement with this id (404). */
public class UnknownPayment extends RuntimeException {
    public UnknownPayment(String what) {
        super("No payments for " + what);
    }
}
