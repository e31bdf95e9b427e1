package eu.sadarbe.payments.domain;

import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.payments.PaymentKind;

/**
 * Demo data (profile {@code demo}): payments arise by themselves from the grants module's demo agreements (their
 * {@code AgreementEnteredIntoForce}); after the first agreement's orders were made, its first pre-financing is
 * recorded paid — on its due date or today, whichever is earlier, with a demo bank reference — so that the finance
 * page shows orders due and made. Only once: afterwards every order stays due for the officer to pay.
 */
@Component
@Profile("demo")
class DemoPayments {

    static final String DEMO_OFFICER = "demo-finance@demo.sadarbe.eu";

    private final PaymentOrderRepository repository;
    private final PaymentDesk desk;

    DemoPayments(PaymentOrderRepository repository, PaymentDesk desk) {
        this.repository = repository;
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(PaymentsOrdered ordered) {
        if (repository.madeBy(DEMO_OFFICER) > 0) {
            return;
        }
        repository.lock(ordered.agreementId()).flatMap(payments -> payments.find(PaymentKind.FIRST_PREFINANCING))
                .filter(order -> order.state() == OrderState.DUE)
                .ifPresent(order -> desk.markMadeAs(order.id(),
                        order.dueOn().isBefore(desk.today()) ? order.dueOn() : desk.today(),
                        "DEMO-" + order.endToEndId().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
                        DEMO_OFFICER));
    }
}
