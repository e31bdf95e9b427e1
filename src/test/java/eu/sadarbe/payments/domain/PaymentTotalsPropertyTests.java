package eu.sadarbe.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentRefused;

/**
 * Issue 18: totals always reconcile. For random awarded totals, schemes and sequences of what can happen to an
 * agreement — payments made, amendments up or down, bank account changes, an interim report with any amount used,
 * the final grant — paid + due + remaining = awarded (the final grant once settled), every amount to the cent and
 * never negative, and the orders never pay out more than was awarded before settlement.
 */
class PaymentTotalsPropertyTests {

    static final Instant NOW = Instant.parse("2019-09-02T10:00:00Z");

    @Property(tries = 1000)
    void paidPlusDuePlusRemainingIsTheAwardedTotal(
            @ForAll PaymentScheme scheme,
            @ForAll @BigRange(min = "0.01", max = "500000.00") @Scale(2) BigDecimal awarded,
            @ForAll("steps") List<Step> steps) {
        AgreementPayments payments = AgreementPayments.enteredIntoForce(
                PaymentTestAgreements.agreement(scheme, awarded.toPlainString()), NOW);
        check(payments);
        LocalDate day = PaymentTestAgreements.IN_FORCE;
        for (Step step : steps) {
            day = day.plusDays(10);
            try {
                switch (step.kind()) {
                    case PAY -> payments.orders().stream().filter(o -> o.state() == OrderState.DUE).findFirst()
                            .ifPresent(o -> o.markMade(PaymentTestAgreements.IN_FORCE, "REF", "officer", NOW));
                    case AMEND -> payments.amended(payments.agreement().awardedTotal().multiply(step.factor())
                            .setScale(2, java.math.RoundingMode.HALF_UP), LocalDate.of(2022, 1, 31));
                    case BANK -> payments.bankAccountChanged("LV04UNLA0050012345678", "UNLALV2X");
                    case INTERIM -> payments.interimReportApproved(payments.find(PaymentKind.FIRST_PREFINANCING)
                            .map(PaymentOrder::amount).orElse(BigDecimal.ONE).multiply(step.factor()), day, NOW);
                    case SETTLE -> payments.finalGrantSettled(payments.agreement().awardedTotal()
                            .multiply(step.factor()).setScale(2, java.math.RoundingMode.HALF_UP), day, NOW);
                }
            } catch (PaymentRefused refused) {
                // a step the state does not allow (an interim report before the first is paid …): nothing changed
            }
            check(payments);
        }
    }

    private static void check(AgreementPayments payments) {
        AgreementPayments.Totals totals = payments.totals();
        assertThat(totals.paid().add(totals.due()).add(totals.remaining()))
                .as("paid %s + due %s + remaining %s", totals.paid(), totals.due(), totals.remaining())
                .isEqualByComparingTo(payments.agreement().target());
        for (PaymentOrder order : payments.orders()) {
            assertThat(order.amount().signum()).isPositive();
            assertThat(order.amount().scale()).isEqualTo(2);
        }
        if (payments.agreement().finalGrant() == null) {
            assertThat(totals.paid().add(totals.due())).isLessThanOrEqualTo(
                    payments.agreement().awardedTotal().max(totals.paid()));
        } else {
            assertThat(totals.remaining()).isEqualByComparingTo("0");
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.of(StepKind.values()).flatMap(kind -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("1.5")).ofScale(3).map(factor -> new Step(kind, factor)));
        return step.list().ofMaxSize(8);
    }

    enum StepKind { PAY, AMEND, BANK, INTERIM, SETTLE }

    record Step(StepKind kind, BigDecimal factor) {
    }
}
