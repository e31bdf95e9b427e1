package eu.sadarbe.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.event.TransactionalEventListener;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.BankAccountChanged;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.payments.domain.OrderLine;
import eu.sadarbe.payments.domain.OrderState;
import eu.sadarbe.payments.domain.PaymentDesk;
import eu.sadarbe.payments.domain.PaymentOrderRepository;
import eu.sadarbe.payments.domain.PaymentsOrdered;
import eu.sadarbe.payments.domain.SettlementOrdered;

/**
 * The payments module with everything it depends on (grants and the modules before it, whose beans need theirs), no
 * demo data, and Spring Modulith's {@link Scenario}: the grants module's agreement in force orders its pre-financing
 * (R-PAY-01), its amendments and bank account changes reach the orders not yet paid, an officer's payment made is
 * published and a settled final grant orders the balance. A module test (issue #14, item 8): the agreements are
 * published as grants publishes them, with agreement numbers and an officer of the test's own. With MockMvc, though
 * it sends no request, so that it shares its context with {@link PaymentsTests}.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class PaymentsModuleTests {

    @Autowired AccountRegister accounts;
    @Autowired PaymentDesk desk;
    @Autowired Payments payments;
    @Autowired PaymentOrderRepository repository;
    @Autowired OrdersPublished published;

    @Test
    void anAgreementInForceOrdersItsFirstPrefinancingWithinTheDaysOfRPay01(Scenario scenario) {
        AgreementEnteredIntoForce entered = PaymentFixtures.entered(ApplicationId.random(),
                PaymentScheme.ONE_PREFINANCING, new BigDecimal("123456.79"), LocalDate.of(2019, 9, 2), "LV01");

        scenario.publish(entered)
                .andWaitForStateChange(() -> published.of(entered), Optional::isPresent)
                .andVerify(ordered -> {
                    assertThat(ordered.orElseThrow().agencyCode()).isEqualTo("LV01");
                    assertThat(repository.lines(entered.agreementId())).singleElement().satisfies(first -> {
                        assertThat(first.kind()).isEqualTo(PaymentKind.FIRST_PREFINANCING);
                        assertThat(first.amount()).as("R-PAY-01: 80 %% of the awarded total")
                                .isEqualByComparingTo("98765.43");
                        assertThat(first.dueOn()).as("R-PAY-01: due 30 days after the entry into force")
                                .isEqualTo(LocalDate.of(2019, 10, 2));
                        assertThat(first.state()).isEqualTo(OrderState.DUE);
                        assertThat(first.iban()).isEqualTo(entered.iban());
                    });
                });
    }

    @Test
    void anApprovedAmendmentAndANewBankAccountReachTheOrdersNotYetPaid(Scenario scenario) {
        AgreementEnteredIntoForce entered = inForce(scenario, PaymentScheme.ONE_PREFINANCING, "123456.79");
        UUID first = order(entered, PaymentKind.FIRST_PREFINANCING).orderId();

        scenario.publish(new AgreementAmended(entered.agreementId(), 2, "BUDGET", new BigDecimal("100000.00"),
                        entered.projectEnd(), Instant.now()))
                .andWaitForStateChange(() -> repository.line(first).orElseThrow().amount(),
                        amount -> amount.compareTo(new BigDecimal("98765.43")) != 0)
                .andVerify(amount -> assertThat(amount).as("80 %% of the amended total").isEqualByComparingTo("80000.00"));

        scenario.publish(new BankAccountChanged(entered.agreementId(), "LV04UNLA0050012345678", "UNLALV2X",
                        Instant.now()))
                .andWaitForStateChange(() -> repository.line(first).orElseThrow(),
                        line -> !line.iban().equals(entered.iban()))
                .andVerify(line -> {
                    assertThat(line.iban()).isEqualTo("LV04UNLA0050012345678");
                    assertThat(line.bic()).isEqualTo("UNLALV2X");
                    assertThat(line.amount()).isEqualByComparingTo("80000.00");
                });
    }

    @Test
    void anOfficerRecordingAnOrderPaidPublishesThePaymentMade(Scenario scenario) {
        AgreementEnteredIntoForce entered = inForce(scenario, PaymentScheme.ONE_PREFINANCING, "10000.00");
        UUID first = order(entered, PaymentKind.FIRST_PREFINANCING).orderId();
        SignedInUser officer = officerOf("LV01");

        scenario.stimulate(() -> desk.markMade(first, LocalDate.of(2019, 10, 1), "LVBANK-1", officer))
                .andWaitForEventOfType(PaymentMade.class)
                .matching(made -> made.paymentOrderId().equals(first))
                .toArriveAndVerify(made -> {
                    assertThat(made.agreementId()).isEqualTo(entered.agreementId());
                    assertThat(made.applicationId()).isEqualTo(entered.applicationId());
                    assertThat(made.applicationNumber()).isEqualTo(entered.applicationNumber());
                    assertThat(made.agencyCode()).isEqualTo("LV01");
                    assertThat(made.kind()).isEqualTo(PaymentKind.FIRST_PREFINANCING);
                    assertThat(made.amount()).isEqualByComparingTo("8000.00");
                    assertThat(made.paidOn()).isEqualTo(LocalDate.of(2019, 10, 1));
                    assertThat(repository.line(first).orElseThrow().state()).isEqualTo(OrderState.MADE);
                });
    }

    @Test
    void aFinalGrantSettledAboveThePrefinancingPaidOrdersTheBalanceOfRPay02(Scenario scenario) {
        AgreementEnteredIntoForce entered = inForce(scenario, PaymentScheme.ONE_PREFINANCING, "10000.00");
        UUID first = order(entered, PaymentKind.FIRST_PREFINANCING).orderId();
        desk.markMade(first, LocalDate.of(2019, 10, 1), "LVBANK-2", officerOf("LV01"));

        scenario.stimulate(() -> payments.finalGrantSettled(entered.agreementId(), new BigDecimal("9000.00")))
                .andWaitForEventOfType(SettlementOrdered.class)
                .matching(ordered -> ordered.agreementId().equals(entered.agreementId()))
                .toArriveAndVerify((ordered, balance) -> {
                    assertThat(ordered.kind()).isEqualTo(PaymentKind.BALANCE);
                    assertThat(balance).contains(ordered.orderId());
                    assertThat(repository.line(ordered.orderId()).orElseThrow().amount())
                            .as("R-PAY-02: the final grant less the pre-financing paid")
                            .isEqualByComparingTo("1000.00");
                });
    }

    /** An agreement of the test's own in force, its orders made. */
    private AgreementEnteredIntoForce inForce(Scenario scenario, PaymentScheme scheme, String awarded) {
        AgreementEnteredIntoForce entered = PaymentFixtures.entered(ApplicationId.random(), scheme,
                new BigDecimal(awarded), LocalDate.of(2019, 9, 2), "LV01");
        scenario.publish(entered)
                .andWaitForStateChange(() -> repository.lines(entered.agreementId()), lines -> !lines.isEmpty())
                .andVerify(lines -> assertThat(lines).isNotEmpty());
        return entered;
    }

    private OrderLine order(AgreementEnteredIntoForce entered, PaymentKind kind) {
        List<OrderLine> lines = repository.lines(entered.agreementId());
        return lines.stream().filter(line -> line.kind() == kind).findFirst().orElseThrow();
    }

    private SignedInUser officerOf(String agency) {
        AccountSummary officer = accounts.open("finance-" + UUID.randomUUID() + "@example.lv", "Modulu Finansiste",
                "dzeltena laiva kalnā zied", Set.of(Role.NA_OFFICER), agency);
        return OwnPeople.signedIn(officer);
    }

    /**
     * The {@link PaymentsOrdered} events, after their transaction's commit. The payments listener publishes them on
     * a thread of the application's task executor, where {@link Scenario}'s capture (an inheritable thread local)
     * sees them only if the thread was started by this test: once the pool's eight threads exist, a reused one still
     * reports to an earlier test's capture (spring-modulith#1074).
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class OrdersPublished {

        private final List<PaymentsOrdered> ordered = new CopyOnWriteArrayList<>();

        @TransactionalEventListener(fallbackExecution = true)
        void on(PaymentsOrdered event) {
            ordered.add(event);
        }

        Optional<PaymentsOrdered> of(AgreementEnteredIntoForce entered) {
            return ordered.stream().filter(event -> event.agreementId().equals(entered.agreementId())).findFirst();
        }
    }
}
