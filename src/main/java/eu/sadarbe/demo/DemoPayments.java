package eu.sadarbe.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.domain.OrderState;
import eu.sadarbe.payments.domain.PaymentDesk;
import eu.sadarbe.payments.domain.PaymentOrderRepository;
import eu.sadarbe.payments.domain.PaymentsOrdered;
import eu.sadarbe.payments.domain.SettlementOrdered;

/**
 * Demo data (profile {@code demo}): payments arise by themselves from {@link DemoGrants}' agreements (their
 * {@code AgreementEnteredIntoForce}); after the first of the decided demo round's agreements had its orders made, its
 * first pre-financing is recorded paid — on its due date or today, whichever is earlier, with a demo bank reference —
 * so that the finance page shows orders due and made. Only once: afterwards every order stays due for the officer to
 * pay. The same for the balance {@link DemoSettlement} orders when it settles its project's final grant (issue 19
 * item 7: a project that went through its final report to the balance payment): recorded paid today, once.
 */
@Component
@Profile("demo")
class DemoPayments {

    static final String DEMO_OFFICER = "demo-finance@demo.sadarbe.eu";
    /** The decided demo round (VIAA, 2020 round 1), whose agreements {@link DemoGrants} puts in force. */
    static final int DEMO_CALL_YEAR = 2020;
    static final int DEMO_ROUND = 1;

    private final PaymentOrderRepository repository;
    private final PaymentDesk desk;

    DemoPayments(PaymentOrderRepository repository, PaymentDesk desk) {
        this.repository = repository;
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(PaymentsOrdered ordered) {
        if (repository.madeBy(DEMO_OFFICER) > 0
                || !repository.isOfRound(ordered.agreementId().value(), "LV01", DEMO_CALL_YEAR, DEMO_ROUND)) {
            return;   // never an agreement someone makes by hand or a test makes, only the decided demo round's
        }
        repository.lock(ordered.agreementId()).flatMap(payments -> payments.find(PaymentKind.FIRST_PREFINANCING))
                .filter(order -> order.state() == OrderState.DUE)
                .ifPresent(order -> desk.markMadeAs(order.id(),
                        order.dueOn().isBefore(desk.today()) ? order.dueOn() : desk.today(),
                        "DEMO-" + order.endToEndId().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
                        DEMO_OFFICER));
    }

    @ApplicationModuleListener
    void on(SettlementOrdered ordered) {
        if (ordered.kind() != PaymentKind.BALANCE || repository.madeBy(DEMO_OFFICER, PaymentKind.BALANCE) > 0
                || !repository.isOfRound(ordered.agreementId().value(), "LV01", DEMO_CALL_YEAR, DEMO_ROUND)) {
            return;
        }
        desk.markMadeAs(ordered.orderId(), desk.today(),
                "DEMO-" + ordered.orderId().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
                DEMO_OFFICER);
    }
}
