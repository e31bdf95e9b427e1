package eu.sadarbe.payments.domain;

import static eu.sadarbe.payments.domain.PaymentTestAgreements.IN_FORCE;
import static eu.sadarbe.payments.domain.PaymentTestAgreements.agreement;
import static eu.sadarbe.payments.domain.PaymentTestAgreements.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentRefused;

/** R-PAY-01 and R-PAY-02 amounts and dates, to the cent, with the figures the migrations record. */
class AgreementPaymentsTests {

    static final Instant NOW = Instant.parse("2019-09-02T10:00:00Z");

    @Test
    void theFirstPrefinancingIsEightyPerCentDueWithinThirtyDaysOfEntryIntoForce() {
        AgreementPayments payments = AgreementPayments.enteredIntoForce(
                agreement(PaymentScheme.ONE_PREFINANCING, "123456.79"), NOW);

        assertThat(payments.orders()).singleElement().satisfies(order -> {
            assertThat(order.kind()).isEqualTo(PaymentKind.FIRST_PREFINANCING);
            assertThat(order.amount()).isEqualByComparingTo("98765.43");   // 98 765.432 rounded half-up
            assertThat(order.dueOn()).isEqualTo(IN_FORCE.plusDays(30));
            assertThat(order.state()).isEqualTo(OrderState.DUE);
        });
        assertThat(payments.totals().remaining()).isEqualByComparingTo("24691.36");
        assertThat(payments.totals().reconcile()).isTrue();
    }

    @Test
    void twoInstalmentsSumExactlyToTheRoundedPrefinancingAndTheSecondFallsDueAtTheMidpoint() {
        // 0.4 × 100 000.05 = 40 000.02; 0.8 × 100 000.05 = 80 000.04: the second takes 40 000.02, the cents add up
        AgreementPayments payments = AgreementPayments.enteredIntoForce(
                agreement(PaymentScheme.PREFINANCING_IN_TWO_INSTALMENTS, "100000.05"), NOW);

        assertThat(payments.orders()).extracting(PaymentOrder::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40000.02"), new BigDecimal("40000.02"));
        assertThat(payments.find(PaymentKind.SECOND_PREFINANCING).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2020, 8, 31));
        assertThat(terms(PaymentScheme.PREFINANCING_IN_TWO_INSTALMENTS).sharesUnconfirmed()).isTrue();
        assertThat(payments.totals().remaining()).isEqualByComparingTo("20000.01");
    }

    @Test
    void cumulativeRoundingGivesTheOddCentToTheSecondPrefinancing() {
        PaymentTerms terms = terms(PaymentScheme.TWO_PREFINANCINGS_WITH_INTERIM_REPORT);
        BigDecimal awarded = new BigDecimal("0.05");   // 0.4 × 0.05 = 0.02; 0.8 × 0.05 = 0.04
        assertThat(terms.planned(PaymentKind.FIRST_PREFINANCING, awarded)).isEqualByComparingTo("0.02");
        assertThat(terms.planned(PaymentKind.SECOND_PREFINANCING, awarded)).isEqualByComparingTo("0.02");
        BigDecimal odd = new BigDecimal("0.03");   // 0.012 → 0.01; 0.024 → 0.02: the second gets 0.01
        assertThat(terms.planned(PaymentKind.FIRST_PREFINANCING, odd)).isEqualByComparingTo("0.01");
        assertThat(terms.planned(PaymentKind.SECOND_PREFINANCING, odd)).isEqualByComparingTo("0.01");
    }

    @Test
    void rPay02PaysTheSecondInFullWhenSeventyPerCentOfTheFirstWasUsed() {
        AgreementPayments payments = paidFirst("100000.00");   // first 40 000.00
        PaymentOrder second = payments.interimReportApproved(new BigDecimal("28000.00"), LocalDate.of(2020, 9, 1), NOW);

        assertThat(second.amount()).isEqualByComparingTo("40000.00");
        assertThat(second.reduction()).isEqualByComparingTo("0");
        assertThat(second.dueOn()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(payments.totals().reconcile()).isTrue();
    }

    @Test
    void rPay02ReducesTheSecondByTheUnusedPartOfTheFirstBelowSeventyPerCent() {
        AgreementPayments payments = paidFirst("100000.00");
        PaymentOrder second = payments.interimReportApproved(new BigDecimal("27999.99"), LocalDate.of(2020, 9, 1), NOW);

        assertThat(second.reduction()).isEqualByComparingTo("12000.01");
        assertThat(second.amount()).isEqualByComparingTo("27999.99");
        assertThat(payments.totals().remaining()).isEqualByComparingTo("32000.01");   // the balance grows by it
        assertThat(payments.totals().reconcile()).isTrue();
    }

    @Test
    void rPay02WantsTheFirstPaidAndTheInterimScheme() {
        AgreementPayments unpaid = AgreementPayments.enteredIntoForce(
                agreement(PaymentScheme.TWO_PREFINANCINGS_WITH_INTERIM_REPORT, "1000.00"), NOW);
        assertThatThrownBy(() -> unpaid.interimReportApproved(BigDecimal.ONE, IN_FORCE, NOW))
                .isInstanceOf(PaymentRefused.class).hasMessageContaining("R-PAY-02");
        AgreementPayments other = AgreementPayments.enteredIntoForce(
                agreement(PaymentScheme.ONE_PREFINANCING, "1000.00"), NOW);
        assertThatThrownBy(() -> other.interimReportApproved(BigDecimal.ONE, IN_FORCE, NOW))
                .isInstanceOf(PaymentRefused.class).hasMessageContaining("R-PAY-02");
        AgreementPayments payments = paidFirst("1000.00");
        assertThatThrownBy(() -> payments.interimReportApproved(new BigDecimal("-1"), IN_FORCE, NOW))
                .isInstanceOf(PaymentRefused.class);
    }

    @Test
    void theFinalGrantGivesABalanceOrARecoveryWithADueDate() {
        AgreementPayments balance = AgreementPayments.enteredIntoForce(
                agreement(PaymentScheme.ONE_PREFINANCING, "50000.00"), NOW);
        balance.find(PaymentKind.FIRST_PREFINANCING).orElseThrow().markMade(IN_FORCE, "B1", "officer", NOW);
        PaymentOrder rest = balance.finalGrantSettled(new BigDecimal("45000.00"), LocalDate.of(2021, 12, 1), NOW)
                .orElseThrow();
        assertThat(rest.kind()).isEqualTo(PaymentKind.BALANCE);
        assertThat(rest.amount()).isEqualByComparingTo("5000.00");
        assertThat(rest.dueOn()).isEqualTo(LocalDate.of(2021, 12, 31));

        AgreementPayments recovery = AgreementPayments.enteredIntoForce(
                agreement(PaymentScheme.ONE_PREFINANCING, "50000.00"), NOW);
        recovery.find(PaymentKind.FIRST_PREFINANCING).orElseThrow().markMade(IN_FORCE, "B2", "officer", NOW);
        PaymentOrder back = recovery.finalGrantSettled(new BigDecimal("30000.00"), LocalDate.of(2021, 12, 1), NOW)
                .orElseThrow();
        assertThat(back.kind()).isEqualTo(PaymentKind.RECOVERY);
        assertThat(back.amount()).isEqualByComparingTo("10000.00");
        assertThat(back.dueOn()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(recovery.totals().paid().add(recovery.totals().due())).isEqualByComparingTo("30000.00");
    }

    @Test
    void anAmendmentChangesOnlyWhatIsNotYetPaidAndABankChangeRepointsIt() {
        AgreementPayments payments = AgreementPayments.enteredIntoForce(
                agreement(PaymentScheme.PREFINANCING_IN_TWO_INSTALMENTS, "100000.00"), NOW);
        payments.find(PaymentKind.FIRST_PREFINANCING).orElseThrow().markMade(IN_FORCE, "B3", "officer", NOW);
        payments.amended(new BigDecimal("90000.00"), LocalDate.of(2021, 12, 31));
        payments.bankAccountChanged("LV04UNLA0050012345678", "UNLALV2X");

        PaymentOrder first = payments.find(PaymentKind.FIRST_PREFINANCING).orElseThrow();
        PaymentOrder second = payments.find(PaymentKind.SECOND_PREFINANCING).orElseThrow();
        assertThat(first.amount()).isEqualByComparingTo("40000.00");
        assertThat(first.iban()).isEqualTo("LV87HABA0551012345678");
        assertThat(second.amount()).isEqualByComparingTo("32000.00");   // 72 000 − 40 000 paid
        assertThat(second.iban()).isEqualTo("LV04UNLA0050012345678");
        assertThat(payments.totals().reconcile()).isTrue();
    }

    @Test
    void anOrderIsPaidOnceOnly() {
        AgreementPayments payments = AgreementPayments.enteredIntoForce(
                agreement(PaymentScheme.ONE_PREFINANCING, "1000.00"), NOW);
        PaymentOrder first = payments.find(PaymentKind.FIRST_PREFINANCING).orElseThrow();
        first.markMade(IN_FORCE, "B4", "officer", NOW);
        assertThatThrownBy(() -> first.markMade(IN_FORCE, "B5", "officer", NOW))
                .isInstanceOf(PaymentRefused.class)
                .extracting(refused -> ((PaymentRefused) refused).messageKey())
                .isEqualTo("payments.refused.alreadyMade");
        assertThat(first.bankReference()).isEqualTo("B4");
    }

    private static AgreementPayments paidFirst(String awarded) {
        AgreementPayments payments = AgreementPayments.enteredIntoForce(
                agreement(PaymentScheme.TWO_PREFINANCINGS_WITH_INTERIM_REPORT, awarded), NOW);
        payments.find(PaymentKind.FIRST_PREFINANCING).orElseThrow().markMade(IN_FORCE, "B0", "officer", NOW);
        return payments;
    }
}
