package eu.sadarbe.reporting.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.AgreementRound;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentSchedule;
import eu.sadarbe.payments.PaymentSchedule.ScheduledPayment;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;

/**
 * The portfolio put together from the agreements, reports, payment orders and the read model (issue 19, item 6):
 * reports overdue after their R-REP-01 date, payments made and due, absorption and its flag against the threshold,
 * filters, order, pages of 50 and filter values that are not understood.
 */
class PortfolioTests {

    static final LocalDate TODAY = LocalDate.of(2022, 6, 15);

    final List<AgreementInForce> agreements = new ArrayList<>();
    final List<ReportState> reports = new ArrayList<>();
    final List<ScheduledPayment> payments = new ArrayList<>();
    final List<Completion> completions = new ArrayList<>();

    final Portfolio portfolio = new Portfolio(new Agreements() {
        @Override
        public Optional<AgreementInForce> inForce(GrantAgreementId id) {
            return agreements.stream().filter(agreement -> agreement.id().equals(id)).findFirst();
        }

        @Override
        public List<AgreementInForce> inForceOf(ApplicationId applicationId) {
            return agreements.stream().filter(agreement -> agreement.applicationId().equals(applicationId)).toList();
        }

        @Override
        public List<AgreementInForce> inForceAt(String agencyCode) {
            return agreements.stream().filter(agreement -> agreement.agencyCode().equals(agencyCode)).toList();
        }

        @Override
        public List<AgreementRound> inForceRoundsAt(String agencyCode) {
            return inForceAt(agencyCode).stream()
                    .map(each -> new AgreementRound(each.callYear(), each.roundNumber(), each.actionType()))
                    .distinct().toList();
        }
    }, new PaymentSchedule() {
        @Override
        public List<ScheduledPayment> ofAgency(String agencyCode) {
            return payments;
        }

        @Override
        public List<ScheduledPayment> ofAgreement(GrantAgreementId agreementId) {
            return payments.stream().filter(payment -> payment.agreementId().equals(agreementId)).toList();
        }
    }, new MonitoringRepository(null) {
        @Override
        List<ReportState> reports(@Nullable String agency, @Nullable GrantAgreementId agreementId) {
            return reports.stream().filter(report -> agreementId == null || report.agreementId().equals(agreementId))
                    .toList();
        }

        @Override
        List<Completion> completions(@Nullable String agency, @Nullable GrantAgreementId agreementId) {
            return completions.stream()
                    .filter(completion -> agreementId == null || completion.agreementId().equals(agreementId)).toList();
        }
    }, Clock.fixed(Instant.parse("2022-06-15T10:00:00Z"), ZoneId.of("UTC")), new BigDecimal("0.75"));

    @Test
    void aFinalReportOpenAfterItsDueDateIsLateAndOneSubmittedIsNot() {
        AgreementInForce late = agreement("A-1", 2019, 1, "KA202", "100000");
        AgreementInForce onTime = agreement("A-2", 2019, 1, "KA202", "100000");
        AgreementInForce dueToday = agreement("A-3", 2019, 1, "KA202", "100000");
        report(late, ReportKind.FINAL, ReportStatus.OPEN, TODAY.minusDays(1), null);
        report(onTime, ReportKind.FINAL, ReportStatus.SUBMITTED, TODAY.minusDays(30), "90000");
        report(dueToday, ReportKind.FINAL, ReportStatus.OPEN, TODAY, null);

        List<PortfolioLine> lines = portfolio.lines("LV01", filter());
        assertThat(lines).extracting(line -> line.agreement().number(), PortfolioLine::lateReport)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", true),
                        org.assertj.core.groups.Tuple.tuple("A-2", false),
                        org.assertj.core.groups.Tuple.tuple("A-3", false));
        assertThat(portfolio.lines("LV01", PortfolioFilter.of(null, null, null, null, "late", null, null, null)))
                .extracting(line -> line.agreement().number()).containsExactly("A-1");
        assertThat(portfolio.page("LV01", filter()).totals().reportsDue()).isEqualTo(2);
        assertThat(portfolio.page("LV01", filter()).totals().lateReports()).isEqualTo(1);
    }

    @Test
    void absorptionIsTheFinalReportsClaimAgainstTheAwardedGrantFlaggedBelowTheThreshold() {
        AgreementInForce low = agreement("B-1", 2019, 1, "KA202", "100000");
        AgreementInForce atThreshold = agreement("B-2", 2019, 1, "KA202", "100000");
        AgreementInForce interimOnly = agreement("B-3", 2019, 1, "KA202", "100000");
        report(low, ReportKind.FINAL, ReportStatus.SUBMITTED, TODAY.minusDays(10), "74999.99");
        report(atThreshold, ReportKind.FINAL, ReportStatus.ASSESSED, TODAY.minusDays(10), "75000.00");
        report(interimOnly, ReportKind.INTERIM, ReportStatus.SUBMITTED, TODAY.minusDays(10), "20000.00");
        report(interimOnly, ReportKind.FINAL, ReportStatus.OPEN, TODAY.plusDays(300), null);

        List<PortfolioLine> lines = portfolio.lines("LV01", filter());
        assertThat(lines.get(0).absorption()).isEqualByComparingTo("0.7500");
        assertThat(lines.get(0).lowAbsorption()).as("74,999.99 of 100,000 shows as 75 %% but is below it")
                .isTrue();
        assertThat(lines.get(1).absorption()).isEqualByComparingTo("0.75");
        assertThat(lines.get(1).lowAbsorption()).isFalse();
        assertThat(lines.get(2).absorption()).as("an interim report's claim is shown").isEqualByComparingTo("0.2");
        assertThat(lines.get(2).lowAbsorption()).as("but only a final report's claim is flagged").isFalse();

        report(agreement("B-4", 2019, 1, "KA202", "100000"), ReportKind.FINAL, ReportStatus.SUBMITTED,
                TODAY.minusDays(10), "60000.00");
        assertThat(portfolio.lines("LV01", PortfolioFilter.of(null, null, null, null, "LOW", null, null, null)))
                .extracting(line -> line.agreement().number()).containsExactly("B-1", "B-4");
        Portfolio.Totals totals = portfolio.page("LV01", filter()).totals();
        assertThat(totals.awarded()).isEqualByComparingTo("400000");
        assertThat(totals.reported()).isEqualByComparingTo("229999.99");
        assertThat(totals.lowAbsorption()).isEqualTo(2);
    }

    @Test
    void paymentsMadeAndDueWithTheNextOneAndARecoveryCountingBack() {
        AgreementInForce agreement = agreement("C-1", 2019, 1, "KA202", "100000");
        payment(agreement, PaymentKind.FIRST_PREFINANCING, "80000", TODAY.minusDays(400), "MADE");
        payment(agreement, PaymentKind.RECOVERY, "5000", TODAY.plusDays(60), "DUE");
        AgreementInForce other = agreement("C-2", 2019, 1, "KA202", "50000");
        payment(other, PaymentKind.FIRST_PREFINANCING, "40000", TODAY.plusDays(20), "DUE");
        payment(other, PaymentKind.SECOND_PREFINANCING, "5000", TODAY.plusDays(10), "CANCELLED");

        PortfolioLine line = portfolio.of(agreement.id()).orElseThrow();
        assertThat(line.paid()).isEqualByComparingTo("80000");
        assertThat(line.due()).isEqualByComparingTo("-5000");
        assertThat(line.nextDue().kind()).isEqualTo(PaymentKind.RECOVERY);
        PortfolioLine second = portfolio.of(other.id()).orElseThrow();
        assertThat(second.due()).as("a cancelled order is not due").isEqualByComparingTo("40000");
        assertThat(second.nextDue().kind()).isEqualTo(PaymentKind.FIRST_PREFINANCING);
        assertThat(portfolio.of(new GrantAgreementId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void filtersByYearRoundTypeAndStatusSortsAndCutsPagesOfFifty() {
        for (int number = 0; number < 120; number++) {
            AgreementInForce agreement = agreement(String.format("D-%03d", number), 2018 + number % 2, 1 + number % 3,
                    number % 4 == 0 ? "KA229" : "KA202", Integer.toString(10000 + number));
            report(agreement, ReportKind.FINAL, number % 5 == 0 ? ReportStatus.CLOSED : ReportStatus.OPEN,
                    TODAY.plusDays(number), null);
        }
        Portfolio.Page first = portfolio.page("LV01", filter());
        assertThat(first.lines()).hasSize(50);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.totals().projects()).isEqualTo(120);
        Portfolio.Page last = portfolio.page("LV01", PortfolioFilter.of(null, null, null, null, null, null, null,
                "99"));
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.lines()).hasSize(20);

        List<PortfolioLine> filtered = portfolio.lines("LV01",
                PortfolioFilter.of("2019", "2019/2", "KA202", "open", null, "awarded", "desc", null));
        assertThat(filtered).isNotEmpty().allSatisfy(line -> {
            assertThat(line.agreement().callYear()).isEqualTo(2019);
            assertThat(line.round()).isEqualTo("2019/2");
            assertThat(line.agreement().actionType()).isEqualTo("KA202");
            assertThat(line.fin().status()).isEqualTo(ReportStatus.OPEN);
        });
        assertThat(filtered).extracting(line -> line.agreement().awardedTotal())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(portfolio.lines("LV01", PortfolioFilter.of(null, null, null, "closed", null, null, null, null)))
                .hasSize(24);
        assertThat(portfolio.lines("LV01", PortfolioFilter.of(null, null, null, null, null, "due", null, null)))
                .extracting(line -> line.fin().dueOn()).isSorted();
    }

    @Test
    void valuesItDoesNotUnderstandAreDroppedAndNamed() {
        PortfolioFilter filter = PortfolioFilter.of("20x9", "2019-1", "<script>", "LOST", "red", "size", "up", "-4");
        assertThat(filter.ignored()).containsExactly("callYear", "round", "actionType", "status", "flag", "sort");
        assertThat(filter.page()).isZero();
        assertThat(filter.sort()).isEqualTo(PortfolioFilter.Sort.NUMBER);
        assertThat(filter.descending()).isFalse();
        assertThat(filter.query()).isEmpty();
        assertThat(PortfolioFilter.of(null, null, null, null, null, null, null, "many").ignored())
                .containsExactly("page");
        assertThat(PortfolioFilter.of("2019", "2019/1", "KA202", "submitted", "late", null, null, null).query())
                .isEqualTo("callYear=2019&round=2019%2F1&actionType=KA202&status=SUBMITTED&flag=late");
    }

    private static PortfolioFilter filter() {
        return PortfolioFilter.of(null, null, null, null, null, null, null, null);
    }

    private AgreementInForce agreement(String number, int callYear, int round, String actionType, String awarded) {
        AgreementInForce agreement = new AgreementInForce(new GrantAgreementId(UUID.randomUUID()), number, 1,
                new ApplicationId(UUID.randomUUID()), "APP-" + number, "LV01", actionType, callYear, round,
                "Project " + number, "lv", PaymentScheme.ONE_PREFINANCING, "E10000001", "Rīgas Valsts tehnikums",
                List.of(), LocalDate.of(2019, 8, 1), LocalDate.of(2019, 9, 1), LocalDate.of(2021, 8, 31),
                Map.of(BudgetCategory.values()[0], new BigDecimal(awarded)));
        agreements.add(agreement);
        return agreement;
    }

    private void report(AgreementInForce agreement, ReportKind kind, ReportStatus status, LocalDate dueOn,
                        @Nullable String reported) {
        reports.add(new ReportState(ReportId.random(), agreement.id(), kind, status, dueOn,
                status == ReportStatus.OPEN ? null : Instant.parse("2022-05-01T10:00:00Z"),
                reported == null ? null : new BigDecimal(reported)));
    }

    private void payment(AgreementInForce agreement, PaymentKind kind, String amount, LocalDate dueOn, String state) {
        payments.add(new ScheduledPayment(UUID.randomUUID(), agreement.id(), kind, new BigDecimal(amount), dueOn,
                state, "MADE".equals(state) ? dueOn : null));
    }
}
