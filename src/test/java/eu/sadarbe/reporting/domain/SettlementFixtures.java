package eu.sadarbe.reporting.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import eu.sadarbe.demo.DemoSettlement;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.reporting.ReportFixtures;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;

/**
 * The demo's overdue final report, written from the plan and submitted as the project would (its writing pages are
 * the project's side), so that a test can act as the officer on it: submitted once, late; empty once it is closed.
 */
public final class SettlementFixtures {

    private final DemoSettlement demo;
    private final ReportRepository reports;
    private final Agreements agreements;

    public SettlementFixtures(ApplicationContext context) {
        this.demo = context.getBean(DemoSettlement.class);
        this.reports = context.getBean(ReportRepository.class);
        this.agreements = context.getBean(Agreements.class);
    }

    /** The demo round's final report that was left open past its due date, submitted now (late). */
    public synchronized Optional<Report> lateSubmission() {
        for (ReportStatus status : new ReportStatus[] {ReportStatus.SUBMITTED, ReportStatus.OPEN}) {
            Optional<Report> found = reports.ofAgency("LV01", status).stream()
                    .filter(report -> report.kind() == ReportKind.FINAL && report.project().callYear() == 2020
                            && report.project().roundNumber() == 1
                            // not the copies other tests make of demo agreements (ReportFixtures.copy)
                            && !report.project().agreementNumber().startsWith("TEST-"))
                    .findFirst();
            if (found.isPresent()) {
                return status == ReportStatus.SUBMITTED ? found
                        : demo.written(agreements.inForce(found.get().project().agreementId()).orElseThrow());
            }
        }
        return Optional.empty();
    }

    /**
     * A submitted final report of the test's own: a copy of a demo agreement of LV01 ({@link ReportFixtures#copy})
     * that ended a year or so after it started (and months ago), its final report opened, written from the plan and
     * submitted as the demo does.
     */
    public Report submittedCopy(ReportFixtures fixtures) {
        AgreementInForce source = fixtures.source(eu.sadarbe.grants.PaymentScheme.ONE_PREFINANCING);
        int days = Math.floorMod(UUID.randomUUID().hashCode(), 300);
        LocalDate end = source.projectStart().plusMonths(12).plusDays(days);
        LocalDate latest = LocalDate.now().minusDays(120L + days % 30);
        if (end.isAfter(latest)) {
            end = latest;
        }
        AgreementInForce copy = fixtures.copy(source, end, source.scheme());
        return demo.written(copy).orElseThrow();
    }
}
