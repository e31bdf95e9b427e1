package eu.sadarbe.reporting.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;

/**
 * Opens the reports an agreement owes when it enters into force (rules file section 6, R-REP-01): the final report,
 * and the interim one under the 40 % + 40 % + 20 % scheme (R-PAY-02). Idempotent: a report of a kind that exists is
 * never opened twice, so a republished event changes nothing. An approved amendment brings the reports up to the
 * new version and moves their due dates with the end date (and opens a report a changed scheme now asks for).
 */
@Component
public class ReportOpening {

    private static final Logger LOG = LoggerFactory.getLogger(ReportOpening.class);

    private final Agreements agreements;
    private final ReportRepository reports;
    private final ReportSchedule schedule;
    private final Clock clock;

    ReportOpening(Agreements agreements, ReportRepository reports, ReportSchedule schedule, Clock clock) {
        this.agreements = agreements;
        this.reports = reports;
        this.schedule = schedule;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AgreementEnteredIntoForce entered) {
        open(entered.agreementId());
    }

    @ApplicationModuleListener
    void on(AgreementAmended amended) {
        amended(amended);
    }

    /** Brings the agreement's reports up to its amended version and moves their due dates (R-REP-01). */
    @Transactional
    public void amended(AgreementAmended amended) {
        Optional<AgreementInForce> agreement = agreements.inForce(amended.agreementId());
        if (agreement.isEmpty()) {
            LOG.warn("Amendment of agreement {}, which is not in force: no report to move", amended.agreementId());
            return;
        }
        ReportedProject project = ReportedProject.of(agreement.get());
        for (Report report : reports.ofAgreement(amended.agreementId())) {
            report.agreementAmended(project, schedule.dueOn(report.kind(), project), clock.instant());
            reports.save(report);
        }
        open(amended.agreementId());
    }

    /** Opens the reports the agreement in force owes and does not have yet; returns those opened now. */
    @Transactional
    public List<Report> open(GrantAgreementId id) {
        Optional<AgreementInForce> agreement = agreements.inForce(id);
        if (agreement.isEmpty()) {
            LOG.warn("Agreement {} is not in force: no report opened", id);
            return List.of();
        }
        if (reports.find(id, ReportKind.FINAL).filter(report -> report.status() == ReportStatus.CLOSED).isPresent()) {
            // Settled: the project owes no report any more. The event that opens them can come after the settlement
            // (the demo settles a project before its entry into force is handled; a restart republishes events), and
            // an interim report opened then would stay open and owed for good, as ReportSettlementTests once saw.
            return List.of();
        }
        ReportedProject project = ReportedProject.of(agreement.get());
        List<Report> opened = new ArrayList<>();
        for (ReportKind kind : ReportSchedule.kindsOwed(project.scheme())) {
            if (reports.find(id, kind).isPresent()) {
                continue;   // the same event again, or a report opened before an amendment
            }
            Report report = Report.open(project, kind, schedule.dueOn(kind, project), clock.instant());
            if (reports.openIfAbsent(report)) {
                opened.add(report);
            }
        }
        return opened;
    }
}
