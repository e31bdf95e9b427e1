package eu.sadarbe.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ExceptionalCost;
import eu.sadarbe.applications.document.IntellectualOutput;
import eu.sadarbe.applications.document.LearningActivity;
import eu.sadarbe.applications.document.LearningTraveller;
import eu.sadarbe.applications.document.MultiplierEvent;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.TransnationalMeeting;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentMade;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.domain.FinalGrantCalculator;
import eu.sadarbe.reporting.domain.Narrative;
import eu.sadarbe.reporting.domain.Participant;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportContent;
import eu.sadarbe.reporting.domain.ReportRefused;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.ReportSettlement;
import eu.sadarbe.reporting.domain.ReportedExceptionalCost;
import eu.sadarbe.reporting.domain.ReportedLearningActivity;
import eu.sadarbe.reporting.domain.ReportedMeeting;
import eu.sadarbe.reporting.domain.ReportedMultiplierEvent;
import eu.sadarbe.reporting.domain.ReportedOutput;
import eu.sadarbe.reporting.domain.ReportedProject;
import eu.sadarbe.reporting.domain.ReportedSpecialNeeds;
import eu.sadarbe.reporting.domain.ResultsSummary;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * Demo data (profile {@code demo}, issue 19 item 7): once {@link DemoPayments} has paid the first pre-financing of an
 * agreement of the decided demo round (LV01, 2020 round 1), that project reports what it planned; the officer finds
 * one activity ineligible (R-RED-02), scores the report 45 (R-RED-01: 25 % less) and approves it: the final grant is
 * settled, the balance ordered into the SEPA file (or, when the pre-financing paid exceeds it, a recovery), the letter
 * sent. Every agreement of the round that comes into force has its final report opened, past its due date (the round's
 * projects ended years ago): the one not settled stays overdue. A report is opened only where none exists; projects
 * whose report is not due yet are left alone. The settlement happens only once.
 */
@Component
@Profile("demo")
public class DemoSettlement {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSettlement.class);
    static final String AGENCY = "LV01";
    static final int CALL_YEAR = 2020;
    static final int ROUND = 1;
    static final String OFFICER = DemoAccounts.ILZE;
    static final String COORDINATORS = DemoAccounts.COORDINATORS;

    private final Agreements agreements;
    private final ReportRepository reports;
    private final ReportSettlement settlement;
    private final FinalGrantCalculator calculator;
    private final SubmittedApplications submitted;
    private final AccountRegister accounts;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    DemoSettlement(Agreements agreements, ReportRepository reports, ReportSettlement settlement,
                   FinalGrantCalculator calculator, SubmittedApplications submitted, AccountRegister accounts,
                   ApplicationEventPublisher events, java.time.Clock clock) {
        this.agreements = agreements;
        this.reports = reports;
        this.settlement = settlement;
        this.calculator = calculator;
        this.submitted = submitted;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PaymentMade made) {
        Optional<AgreementInForce> paid = agreements.inForce(made.agreementId()).filter(this::ofDemoRound);
        Optional<SignedInUser> officer = accounts.byEmail(OFFICER).map(account -> new SignedInUser(account.id(),
                account.email(), account.displayName(), account.roles(), account.nationalAgencyCode(),
                account.language(), true, null));
        if (made.kind() != PaymentKind.FIRST_PREFINANCING || paid.isEmpty() || officer.isEmpty()
                || reports.ofAgency(AGENCY, ReportStatus.CLOSED).stream().anyMatch(this::ofDemoRound)) {
            return;   // never an agreement a test or a person makes, and only once
        }
        try {
            settled(paid.get(), officer.get());
            LOG.info("Demo reports: {} reduced and settled", paid.get().number());
        } catch (ReportRefused refused) {
            LOG.warn("Demo reports not completed: {}", refused.getMessage());
        }
    }

    /**
     * An agreement of the demo round came into force (the demo puts agreements of 2020 in force years after their
     * projects ended): its final report is opened, already past its due date, and stays open — overdue — unless the
     * project is the one the demo settles.
     */
    @ApplicationModuleListener
    void on(AgreementEnteredIntoForce entered) {
        agreements.inForce(entered.agreementId()).filter(this::ofDemoRound).ifPresent(agreement -> {
            finalReport(agreement);
        });
    }

    private LocalDate dueOn(AgreementInForce agreement) {
        return agreement.projectEnd().plusDays(calculator.parameters(ReportedProject.of(agreement))
                .whole(RuleFigure.FINAL_REPORT_DUE_DAYS));
    }

    /** Written from the plan, one activity found ineligible, scored 45 (R-RED-01: 25 %), approved. */
    private void settled(AgreementInForce agreement, SignedInUser officer) {
        Optional<Report> report = written(agreement);
        if (report.isEmpty()) {
            return;
        }
        ReportContent content = report.get().content();
        content.learningActivities().stream().map(ReportedLearningActivity::id).findFirst()
                .or(() -> content.meetings().stream().map(ReportedMeeting::id).findFirst())
                .ifPresent(line -> settlement.markIneligible(report.get().id(), line,
                        "The attendance lists and certificates of this activity were not provided.", officer));
        settlement.score(report.get().id(), 45,
                "Several outputs were late and of modest quality; the dissemination reached few people.", officer);
        settlement.approve(report.get().id(), officer);
    }

    /**
     * The final report, opened if none exists; empty when it is not due yet (the project has not ended). When the
     * reporting listener opened it meanwhile, the report it opened is read.
     */
    Optional<Report> finalReport(AgreementInForce agreement) {
        Optional<Report> existing = reports.find(agreement.id(), ReportKind.FINAL);
        if (existing.isPresent()) {
            return existing;
        }
        LocalDate due = dueOn(agreement);
        if (!due.isBefore(LocalDate.now(clock.withZone(CallRoundSummary.BRUSSELS)))) {
            return Optional.empty();
        }
        reports.openIfAbsent(Report.open(ReportedProject.of(agreement), ReportKind.FINAL, due, clock.instant()));
        return reports.find(agreement.id(), ReportKind.FINAL);
    }

    /**
     * The final report written from the plan, with its public summary, and submitted (late, as the demo is). The
     * project's side is written on the aggregate directly, not through the report pages' use case.
     */
    public Optional<Report> written(AgreementInForce agreement) {
        Optional<Report> found = finalReport(agreement);
        if (found.isEmpty() || found.get().status() != ReportStatus.OPEN) {
            return found.filter(report -> report.status() == ReportStatus.SUBMITTED);
        }
        Report report = found.get();
        ApplicationDocument planned = submitted.latestOf(agreement.applicationId()).orElseThrow().document();
        ReportContent content = asDone(planned, agreement);
        for (ReportSection section : ReportSection.values()) {
            report.save(section, content, report.version(section).version(), COORDINATORS, clock.instant());
        }
        report.submit(COORDINATORS, clock.instant());
        reports.save(report);
        report.takeEvents().forEach(events::publishEvent);
        return reports.find(report.id());
    }

    /** What the plan said, as done: every meeting, output, event and activity, each traveller a participant. */
    static ReportContent asDone(ApplicationDocument planned, AgreementInForce agreement) {
        LocalDate start = agreement.projectStart();
        List<ReportedMeeting> meetings = new ArrayList<>();
        int line = 0;
        for (TransnationalMeeting meeting : planned.transnationalMeetings()) {
            meetings.add(new ReportedMeeting("m" + ++line, meeting.host(), start.plusMonths(2L + line),
                    meeting.travellers()));
        }
        List<ReportedOutput> outputs = new ArrayList<>();
        List<String> outputIds = new ArrayList<>();
        for (IntellectualOutput output : planned.intellectualOutputs()) {
            String id = "o" + ++line;
            outputIds.add(output.id() == null ? id : output.id());
            outputs.add(new ReportedOutput(outputIds.get(outputIds.size() - 1), output.title(),
                    output.lead() == null ? agreement.beneficiaryOrganisationId() : output.lead(), output.staff()));
        }
        List<ReportedMultiplierEvent> events = new ArrayList<>();
        for (MultiplierEvent event : planned.multiplierEvents()) {
            events.add(new ReportedMultiplierEvent("e" + ++line, event.host(), agreement.projectEnd().minusMonths(1),
                    event.outputs().isEmpty() ? outputIds : event.outputs(), event.localParticipants(),
                    event.internationalParticipants()));
        }
        List<ReportedLearningActivity> activities = new ArrayList<>();
        int person = 0;
        for (LearningActivity activity : planned.learningActivities()) {
            String id = "a" + ++line;
            LocalDate from = start.plusMonths(6L + activities.size() * 3L);
            List<Participant> participants = new ArrayList<>();
            for (LearningTraveller traveller : activity.travellers()) {
                String country = planned.organisations().stream()
                        .filter(organisation -> organisation.isIdentifiedBy(traveller.from())).findFirst()
                        .map(organisation -> organisation.country().value()).orElse("LV");
                for (int index = 0; index < traveller.participants(); index++) {
                    person++;
                    participants.add(new Participant(id + "-p" + person, "Demo participant " + person,
                            traveller.from(), country, traveller.participantKind(), from,
                            from.plusDays(Math.max(1, traveller.days()) - 1L), traveller.days(), null,
                            traveller.distanceKm(), false));
                }
            }
            activities.add(new ReportedLearningActivity(id, activity.activityType(), activity.host(), null, from,
                    from.plusDays(5), participants));
        }
        List<ReportedExceptionalCost> costs = new ArrayList<>();
        for (ExceptionalCost cost : planned.exceptionalCosts()) {
            costs.add(new ReportedExceptionalCost("x" + ++line, cost.organisation(), null,
                    cost.description() == null ? "" : cost.description(), cost.eligibleCost(), null));
        }
        List<ReportedSpecialNeeds> needs = new ArrayList<>();
        planned.specialNeedsSupport().forEach(need -> needs.add(new ReportedSpecialNeeds("s" + needs.size(),
                need.organisation(), null, null, need.amount(), null)));
        String language = agreement.language();
        ResultsSummary summary = new ResultsSummary(
                "The partners tried out new ways of teaching, trained their staff together and published what they made"
                        + " for other schools to use.",
                "en".equals(language) ? "" : "Partneri izmēģināja jaunas mācību metodes, kopīgi apmācīja darbiniekus"
                        + " un publicēja izstrādāto, lai to varētu izmantot citas skolas.",
                language);
        Narrative narrative = new Narrative("Carried out as planned, with the meetings and activities listed.",
                "Teaching materials and a guide for teachers.", "Teachers in every partner school use the materials.",
                "Multiplier events, the partners' websites and the Erasmus+ Project Results Platform.");
        return new ReportContent(narrative, summary, meetings, outputs, events, activities, needs, costs);
    }

    private boolean ofDemoRound(AgreementInForce agreement) {
        return AGENCY.equals(agreement.agencyCode()) && agreement.callYear() == CALL_YEAR
                && agreement.roundNumber() == ROUND;
    }

    private boolean ofDemoRound(Report report) {
        return report.kind() == ReportKind.FINAL && report.project().callYear() == CALL_YEAR
                && report.project().roundNumber() == ROUND;
    }
}
