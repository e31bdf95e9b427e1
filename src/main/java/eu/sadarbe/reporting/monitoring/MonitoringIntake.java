package eu.sadarbe.reporting.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.reporting.ProjectCompleted;
import eu.sadarbe.reporting.ReportSubmitted;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportedProject;

/**
 * Keeps the monitoring read model from reporting's own events. A submitted report's "reported" amount is what its
 * activities come to at the agreement's call-year unit costs through the same budget engine as the plan
 * ({@code Budgeting.budgetOf(report.content().asDocument(planned, start, end, Set.of()))}): nothing marked
 * ineligible yet and not capped by the awarded amounts, because it is what the project claims; the accepted amount
 * is the final grant, which arrives with {@link ProjectCompleted}.
 */
@Component
class MonitoringIntake {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringIntake.class);

    private final MonitoringRepository monitoring;
    private final ReportRepository reports;
    private final ApplicationRegister applications;
    private final Budgeting budgeting;
    private final RuleBook rules;
    private final Clock clock;

    MonitoringIntake(MonitoringRepository monitoring, ReportRepository reports, ApplicationRegister applications,
                     Budgeting budgeting, RuleBook rules, Clock clock) {
        this.monitoring = monitoring;
        this.reports = reports;
        this.applications = applications;
        this.budgeting = budgeting;
        this.rules = rules;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted submitted) {
        BigDecimal total = reports.find(submitted.reportId()).map(this::reported).orElse(null);
        monitoring.reported(submitted.reportId(), submitted.agreementId(), submitted.agencyCode(), submitted.kind(),
                total, submitted.submittedAt(), clock.instant());
    }

    @ApplicationModuleListener
    void on(ProjectCompleted completed) {
        monitoring.completed(completed.agreementId(), completed.agencyCode(), completed.finalGrant(),
                completed.reportScore(), completed.reductionShare(), completed.completedOn());
    }

    /** The report's activities at the agreement's unit costs; none when the plan or the figures cannot be read. */
    @Nullable BigDecimal reported(Report report) {
        ReportedProject project = report.project();
        try {
            ApplicationDocument planned = applications.document(project.applicationId());
            ApplicationDocument done = report.content().asDocument(planned, project.projectStart(),
                    project.projectEnd(), Set.of());
            return budgeting.budgetOf(done, rules.parametersFor(project.callYear(), project.actionType()))
                    .total().amount();
        } catch (RuntimeException unreadable) {
            LOG.warn("Reported amount of report {} ({}) not computed: {}", report.id(),
                    project.agreementNumber(), unreadable.toString());
            return null;
        }
    }
}
