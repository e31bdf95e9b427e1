package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.calls.Figure;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.PaymentRefused;
import eu.sadarbe.payments.Payments;
import eu.sadarbe.payments.SettlementOrder;
import eu.sadarbe.reporting.ProjectCompleted;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;

/**
 * The agency's side of reports (rules file section 6): its officers list the submitted reports, mark lines
 * ineligible (R-RED-02), score a final report (R-RED-01), return a report for changes, and approve — an interim
 * report releases the second pre-financing (R-PAY-02); a final one settles the final grant into a balance or a
 * recovery order, sends the final letter, closes the report and publishes {@link ProjectCompleted}. Only the
 * report's agency's officers act; the project's people read the final letter.
 */
@Service
public class ReportSettlement {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ReportRepository reports;
    private final ReportAssessmentRepository assessments;
    private final FinalGrantCalculator calculator;
    private final FinalLetterPdf letters;
    private final Payments payments;
    private final Agreements agreements;
    private final ApplicationRegister applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportSettlement(ReportRepository reports, ReportAssessmentRepository assessments, FinalGrantCalculator calculator,
                     FinalLetterPdf letters, Payments payments, Agreements agreements,
                     ApplicationRegister applications, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.assessments = assessments;
        this.calculator = calculator;
        this.letters = letters;
        this.payments = payments;
        this.agreements = agreements;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    /** A report with its assessment and the final grant as it stands now (or as decided). */
    public record Assessed(Report report, ReportAssessment assessment, FinalGrant figures, BigDecimal paid,
                           Figure transferLimit, ReductionBands bands, List<ReportLine> lines) {

        public BigDecimal balance() {
            return figures.balanceAfter(paid);
        }
    }

    /**
     * A page of the officer's agency's reports in a status, of a kind (any: null) and matching a text (lower case,
     * any: empty), by due date ({@link ReportRepository#pageOfAgency}).
     */
    @Transactional(readOnly = true)
    public AgencyReportPage ofAgency(ReportStatus status, @Nullable ReportKind kind, String text, int page, int size,
                                     SignedInUser officer) {
        return reports.pageOfAgency(requireOfficer(officer), status, kind, text, page, size);
    }

    /**
     * A page of the reports of the agency named (by its code) in a status and of a kind (any: null), by due date: for
     * that agency's officers only; an officer of another agency is refused
     * ({@link eu.sadarbe.accounts.NotAnOfficerOfAgency}).
     */
    @Transactional(readOnly = true)
    public AgencyReportPage ofAgency(String agencyCode, ReportStatus status, @Nullable ReportKind kind, int page,
                                     int size, SignedInUser officer) {
        requireOfficer(officer);
        return reports.pageOfAgency(officer.requireOfficerOf(agencyCode), status, kind, "", page, size);
    }

    @Transactional(readOnly = true)
    public Assessed read(ReportId id, SignedInUser officer) {
        return assessed(forOfficer(id, officer));
    }

    @Transactional
    public void markIneligible(ReportId id, String lineId, String reason, SignedInUser officer) {
        Report report = forOfficer(id, officer);
        requireSubmitted(report);
        ReportAssessment assessment = assessments.of(id);
        assessment.markIneligible(lineId, reason, report.content().lineIds(), officer.email(), clock.instant());
        report.record(officer.email(), "ineligible", lineId + ": " + reason.strip(), clock.instant());
        save(report, assessment);
    }

    @Transactional
    public void undoIneligible(ReportId id, String lineId, SignedInUser officer) {
        Report report = forOfficer(id, officer);
        requireSubmitted(report);
        ReportAssessment assessment = assessments.of(id);
        if (assessment.undo(lineId)) {
            report.record(officer.email(), "eligibleAgain", lineId, clock.instant());
            save(report, assessment);
        }
    }

    /** R-RED-01: the score out of the call year's maximum, with comments. */
    @Transactional
    public void score(ReportId id, int points, String comments, SignedInUser officer) {
        Report report = forOfficer(id, officer);
        requireSubmitted(report);
        ReportAssessment assessment = assessments.of(id);
        assessment.score(points, comments, ReductionBands.of(calculator.parameters(report.project())),
                officer.email(), clock.instant());
        report.record(officer.email(), "scored", String.valueOf(points), clock.instant());
        save(report, assessment);
    }

    @Transactional
    public void returnForChanges(ReportId id, String reason, SignedInUser officer) {
        Report report = forOfficer(id, officer);
        if (reason.strip().length() > 2000) {
            throw new ReportRefused("settlement.refused.tooLong", null, 2000);
        }
        report.returnForChanges(reason, officer.email(), clock.instant());
        reports.save(report);
    }

    /**
     * The officer approves the report: an interim one releases the second pre-financing (R-PAY-02) with the amount
     * its lines show used; a final one, scored, with its public results summary (R-REP-02), settles the final grant
     * (balance or recovery order), gets its final letter and closes; the project is completed.
     */
    @Transactional
    public Assessed approve(ReportId id, SignedInUser officer) {
        return approveAs(forOfficer(id, officer), officer.email());
    }

    /** The final letter, for the agency's officers. */
    @Transactional(readOnly = true)
    public byte[] letter(ReportId id, SignedInUser officer) {
        forOfficer(id, officer);
        return assessments.letter(id).orElseThrow(ReportOutOfReach::new);
    }

    /** The final letter of an agreement, for the project's people (and the agency's officers). */
    @Transactional(readOnly = true)
    public byte[] finalLetterOf(GrantAgreementId agreementId, SignedInUser user) {
        Report report = reports.find(agreementId, ReportKind.FINAL).orElseThrow(ReportOutOfReach::new);
        if (!isOfficerOf(user, report) && !applications.mayView(user.id(), report.project().applicationId())) {
            throw new ReportOutOfReach();
        }
        return assessments.letter(report.id()).orElseThrow(ReportOutOfReach::new);
    }

    Assessed approveAs(Report report, String officer) {
        requireSubmitted(report);
        ReportAssessment assessment = assessments.of(report.id());
        Assessed now = assessed(report, assessment);
        FinalGrant figures = now.figures();
        UUID orderId;
        try {
            if (report.kind() == ReportKind.INTERIM) {
                orderId = payments.interimReportApproved(report.project().agreementId(), figures.acceptedTotal());
            } else {
                if (assessment.score() == null) {
                    throw new ReportRefused("settlement.refused.scoreMissing", "R-RED-01");
                }
                // R-REP-02: no balance is paid without the complete public results summary.
                if (!report.content().summary().isComplete()) {
                    throw new ReportRefused("settlement.refused.summaryMissing", "R-REP-02");
                }
                orderId = payments.finalGrantSettled(report.project().agreementId(), figures.finalGrant())
                        .orElse(null);
            }
        } catch (PaymentRefused refused) {
            throw new ReportRefused(refused.messageKey(), null);
        }
        Optional<SettlementOrder> order = orderId == null ? Optional.empty() : payments.order(orderId);
        assessment.decided(new ReportAssessment.Decision(officer, clock.instant(), figures, now.paid(), orderId,
                order.map(SettlementOrder::kind).orElse(null), order.map(SettlementOrder::amount).orElse(null),
                order.map(SettlementOrder::dueOn).orElse(null)));
        report.assessed(officer, clock.instant());
        report.record(officer, "settled", figures.finalGrant().toPlainString(), clock.instant());
        if (report.kind() == ReportKind.FINAL) {
            byte[] pdf = letters.render(report, assessment, ReportLine.of(report.content()), now.bands().maximum());
            assessments.storeLetter(report.id(), report.project().language(), FinalLetterPdf.sha256(pdf), pdf,
                    clock.instant());
        }
        report.close(officer, clock.instant());
        save(report, assessment);
        if (report.kind() == ReportKind.FINAL) {
            for (Report interim : reports.ofAgreement(report.project().agreementId())) {
                if (interim.kind() == ReportKind.INTERIM && interim.status() == ReportStatus.OPEN) {
                    interim.superseded(officer, clock.instant());
                    reports.save(interim);
                }
            }
            events.publishEvent(completed(report, assessment, figures));
        }
        return assessed(report, assessment);
    }

    private ProjectCompleted completed(Report report, ReportAssessment assessment, FinalGrant figures) {
        ReportedProject project = report.project();
        boolean last = agreements.inForceOf(project.applicationId()).stream().map(AgreementInForce::id)
                .filter(other -> !other.equals(project.agreementId()))
                .allMatch(other -> reports.find(other, ReportKind.FINAL)
                        .filter(closed -> closed.status() == ReportStatus.CLOSED).isPresent());
        ResultsSummary summary = report.content().summary();
        return new ProjectCompleted(project.agreementId(), project.applicationId(), project.applicationNumber(),
                project.agencyCode(), project.actionType(), project.callYear(), figures.awardedTotal(),
                figures.finalGrant(), java.util.Objects.requireNonNull(assessment.score()),
                figures.reduction().share(), summary.english(),
                "en".equals(summary.originalLanguage()) ? null : summary.original(), summary.originalLanguage(),
                LocalDate.now(clock.withZone(BRUSSELS)), last);
    }

    Assessed assessed(Report report) {
        return assessed(report, assessments.of(report.id()));
    }

    private Assessed assessed(Report report, ReportAssessment assessment) {
        ReportedProject project = report.project();
        ReductionBands bands = ReductionBands.of(calculator.parameters(project));
        ReportAssessment.Decision decision = assessment.decision();
        if (decision != null) {
            return new Assessed(report, assessment, decision.figures(), decision.paidBefore(),
                    calculator.transferLimit(project), bands, ReportLine.of(report.content()));
        }
        Reduction reduction = report.kind() == ReportKind.FINAL && assessment.score() != null
                ? bands.reductionFor(assessment.score()) : Reduction.NONE;
        LocalDate end = report.kind() == ReportKind.FINAL ? project.projectEnd() : interimEnd(report);
        FinalGrant figures = calculator.of(report, assessment.ineligible().keySet(), reduction, end);
        return new Assessed(report, assessment, figures, payments.paidSoFar(project.agreementId()),
                calculator.transferLimit(project), bands, ReportLine.of(report.content()));
    }

    /** An interim report counts project management up to the day it was submitted (never past the project's end). */
    private LocalDate interimEnd(Report report) {
        LocalDate submitted = report.submittedAt() == null ? LocalDate.now(clock.withZone(BRUSSELS))
                : LocalDate.ofInstant(report.submittedAt(), BRUSSELS);
        return submitted.isAfter(report.project().projectEnd()) ? report.project().projectEnd() : submitted;
    }

    private void save(Report report, ReportAssessment assessment) {
        reports.save(report);
        assessments.save(assessment);
        report.takeEvents().forEach(events::publishEvent);
    }

    private static void requireSubmitted(Report report) {
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new ReportRefused("reporting.refused.notSubmitted", null, report.status());
        }
    }

    Report forOfficer(ReportId id, SignedInUser officer) {
        Report report = reports.find(id).orElseThrow(ReportOutOfReach::new);
        if (!isOfficerOf(officer, report)) {
            throw new ReportOutOfReach();
        }
        return report;
    }

    private static boolean isOfficerOf(SignedInUser user, Report report) {
        return user.isOfficerOf(report.project().agencyCode());
    }

    /** Anyone but an agency's officer finds no report, as for one out of their reach. */
    private static String requireOfficer(SignedInUser officer) {
        return officer.officerAgency().orElseThrow(ReportOutOfReach::new);
    }
}
