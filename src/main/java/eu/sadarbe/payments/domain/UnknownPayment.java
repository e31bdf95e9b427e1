package eu.sadarbe.payments.domain;

import eu.sadarbe.shared.Refusal;

/** No payment order or agreement with this id (404). */
public class UnknownPayment extends RuntimeException implements Refusal {

    public UnknownPayment(String what) {
        super("No payments for " + what);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "payments.problem.notFound";
    }
}
