package eu.sadarbe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.PdfFixtures;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.applications.document.OutputStaff;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.ModuleTestAgreements;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ReportFixtures;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.ReportSubmitted;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.web.MailServer;
import eu.sadarbe.web.ReceivedMail;

/**
 * The project's side of reports: opening them once when an agreement enters into force, with the R-REP-01 due date
 * from the call year's figures, moving it with an amendment; the desk's use cases for the project's people, others and
 * the agency's officers; the repository's round trip of every kind of line; the R-REP-01 reminders, on the right days
 * and once, e-mailed to the project's people (received by {@link MailServer}), and none for a report submitted. A
 * module test of reporting (issue #14, item 8), without the demo data: each test's agreement is
 * a copy, with an end date of its own, of an agreement in force of the class's own ({@link ModuleTestAgreements}), whose
 * applicant writes the reports and whose Estonian partner is E10000002.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({SettableClock.AsTheClock.class, MailServer.class})
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReportUseCasesTests {

    static final String ESTONIAN_PARTNER = "E10000002";
    private static AgreementInForce source;
    private static SignedInUser coordinators;
    private static SignedInUser officer;
    private static SignedInUser otherAgency;
    private static SignedInUser outsider;

    @Autowired ApplicationContext beans;
    @Autowired ReportOpening opening;
    @Autowired ReportDesk desk;
    @Autowired ReportRepository reports;
    @Autowired ReportReminders reminders;
    @Autowired Agreements agreements;
    @Autowired ApplicationRegister applications;
    @Autowired AccountRegister accounts;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired GreenMail greenMail;
    @Autowired eu.sadarbe.accounts.personaldata.RecordRetention retention;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired javax.sql.DataSource dataSource;

    ReportFixtures fixtures;

    @BeforeEach
    void anAgreementInForceOfItsOwn() {
        if (source == null) {
            ModuleTestData data = new ModuleTestData("reporting", beans);
            officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
            ModuleTestData.Draft project = data.draft("Reported " + UUID.randomUUID());
            source = agreements.inForce(new ModuleTestAgreements(data, beans).inForce(project, "30000.00", officer)
                    .id()).orElseThrow();
            coordinators = project.applicant();
            otherAgency = data.person("Jānis Liepa", Role.NA_OFFICER, "LV02");
            outsider = data.person("Pēteris Kalniņš", Role.APPLICANT, null);
        }
        fixtures = new ReportFixtures(agreements, applications, accounts, jdbc);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private AgreementInForce inForce(PaymentScheme scheme, LocalDate end) {
        return fixtures.copy(source, end, scheme);
    }

    private static LocalDate uniqueEnd() {
        // An end date no other test's agreement has, so that the reminders of a day are this test's.
        return LocalDate.of(2035, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3000));
    }

    @Test
    void anAgreementInForceOpensItsReportsOnceDueByTheCallYearsFiguresAndAnAmendmentMovesThem() {
        AgreementInForce agreement = inForce(PaymentScheme.TWO_PREFINANCINGS_WITH_INTERIM_REPORT, uniqueEnd());
        // The listener itself (asynchronous, after the publishing transaction, as Spring Modulith runs it)
        opening.on(ReportFixtures.entered(agreement));
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.ofAgreement(agreement.id()).size() == 2);

        Report finalReport = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        // R-REP-01: FINAL_REPORT_DUE_DAYS of the call year (60 in every year of the rule figures)
        assertThat(finalReport.dueOn()).isEqualTo(agreement.projectEnd().plusDays(60));
        assertThat(finalReport.status()).isEqualTo(ReportStatus.OPEN);
        Report interim = reports.find(agreement.id(), ReportKind.INTERIM).orElseThrow();
        assertThat(interim.dueOn()).isEqualTo(ReportSchedule.halfWay(agreement.projectStart(),
                agreement.projectEnd()));

        // The same event again (republished after a restart) opens nothing more.
        opening.on(ReportFixtures.entered(agreement));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30))
                .until(() -> reports.ofAgreement(agreement.id()).size() == 2);
        assertThat(opening.open(agreement.id())).isEmpty();

        LocalDate later = agreement.projectEnd().plusMonths(3);
        opening.amended(fixtures.amend(agreement, later));
        Report moved = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        assertThat(moved.dueOn()).isEqualTo(later.plusDays(60));
        assertThat(moved.project().projectEnd()).isEqualTo(later);
        assertThat(moved.audit()).extracting(ReportAuditEntry::action).contains("opened", "rescheduled");
        assertThat(reports.find(agreement.id(), ReportKind.INTERIM).orElseThrow().dueOn())
                .isEqualTo(ReportSchedule.halfWay(agreement.projectStart(), later));
        assertThat(reports.ofAgreement(agreement.id())).hasSize(2);
    }

    /**
     * Two listeners opening the same agreement's reports at once (reporting's and the demo's, or two nodes): the
     * second, whose check saw no report because the first one's was not committed yet, waits for it and opens
     * nothing, where its insert failed on the key and left its event publication incomplete (the logs of every
     * demo start showed that DuplicateKeyException). The first commits only once the second is seen waiting.
     */
    @Test
    void aReportOpenedWhileAnotherListenerOpensItIsOpenedOnce() throws Exception {
        AgreementInForce agreement = inForce(PaymentScheme.ONE_PREFINANCING, uniqueEnd());
        java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            List<Report> mine = opening.open(agreement.id());
            opened.countDown();
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return mine;
        }));
        assertThat(opened.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        boolean h2 = !product().contains("PostgreSQL");
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            if (h2) {
                jdbc.sql("SET LOCK_TIMEOUT 30000").update();   // H2's own gives up after about two seconds
            }
            return opening.open(agreement.id());
        }));
        try {
            String waiting = h2
                    ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                            + " WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO project_report%'"
                    : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND query LIKE 'INSERT INTO project_report%'";
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                    .failFast("the second listener ended without waiting", second::isDone)
                    .until(() -> jdbc.sql(waiting).query(Long.class).single() > 0);
        } finally {
            release.countDown();
        }
        assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS)).extracting(Report::kind)
                .containsExactly(ReportKind.FINAL);
        assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
        if (h2) {
            ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        }
        assertThat(reports.ofAgreement(agreement.id())).singleElement()
                .satisfies(report -> assertThat(report.audit()).extracting(ReportAuditEntry::action)
                        .containsExactly("opened"));
    }

    private String product() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void oneFinalReportOnlyWithoutTheInterimScheme() {
        AgreementInForce agreement = inForce(PaymentScheme.ONE_PREFINANCING, uniqueEnd());
        opening.open(agreement.id());
        assertThat(reports.ofAgreement(agreement.id())).extracting(Report::kind).containsExactly(ReportKind.FINAL);
    }

    @Test
    void theProjectsPeopleWriteAndSubmitOthersAreRefusedAndTheAgencysOfficersRead() {
        AgreementInForce agreement = inForce(PaymentScheme.ONE_PREFINANCING, uniqueEnd());
        opening.open(agreement.id());
        Report report = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();

        assertThat(desk.read(report.id(), coordinators).mayWrite()).isTrue();
        assertThatThrownBy(() -> desk.read(report.id(), outsider)).isInstanceOf(ReportAccess.NotAllowed.class);
        if ("LV01".equals(officer.nationalAgencyCode())) {
            assertThat(desk.read(report.id(), officer).mayWrite()).isFalse();
            assertThatThrownBy(() -> desk.save(report.id(), ReportSection.NARRATIVE, narrative("Officer"), 0, officer))
                    .isInstanceOf(ReportAccess.NotAllowed.class);
        }
        if (otherAgency.nationalAgencyCode() != null && !"LV01".equals(otherAgency.nationalAgencyCode())
                && !applications.mayView(otherAgency.id(), agreement.applicationId())) {
            assertThatThrownBy(() -> desk.read(report.id(), otherAgency)).isInstanceOf(ReportAccess.NotAllowed.class);
        }
        assertThatThrownBy(() -> desk.save(report.id(), ReportSection.NARRATIVE, narrative("No"), 0, outsider))
                .isInstanceOf(ReportAccess.NotAllowed.class);

        Report saved = desk.save(report.id(), ReportSection.NARRATIVE, narrative("First"), 0, coordinators);
        assertThat(saved.version(ReportSection.NARRATIVE).version()).isEqualTo(1);
        assertThatThrownBy(() -> desk.save(report.id(), ReportSection.NARRATIVE, narrative("Stale"), 0, coordinators))
                .isInstanceOfSatisfying(ReportSectionConflict.class, conflict -> {
                    assertThat(conflict.currentVersion()).isEqualTo(1);
                    assertThat(conflict.savedBy()).isEqualTo(coordinators.email());
                });
        // Another section is saved on its own version: no conflict with the narrative.
        desk.save(report.id(), ReportSection.MEETINGS, meetings(agreement), 0, coordinators);

        // R-REP-02: no final report without its public summary
        assertThatThrownBy(() -> desk.submit(report.id(), coordinators))
                .isInstanceOfSatisfying(ReportRefused.class, refused -> assertThat(refused.rule()).isEqualTo("R-REP-02"));
        desk.save(report.id(), ReportSection.SUMMARY, summary(agreement), 0, coordinators);
        events.clear();
        Report submitted = desk.submit(report.id(), coordinators);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(events.stream(ReportSubmitted.class)).singleElement()
                .satisfies(event -> assertThat(event.agreementId()).isEqualTo(agreement.id()));
        assertThat(desk.read(report.id(), coordinators).mayWrite()).isFalse();
        assertThatThrownBy(() -> desk.save(report.id(), ReportSection.NARRATIVE, narrative("Late"), 1, coordinators))
                .isInstanceOfSatisfying(ReportRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("reporting.refused.notOpen"));
    }

    @Test
    void linesThatDoNotHoldAreRefusedAndEvidenceStaysWithinTheDraftsAnnexLimits() {
        AgreementInForce agreement = inForce(PaymentScheme.ONE_PREFINANCING, uniqueEnd());
        opening.open(agreement.id());
        Report report = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        ReportContent empty = report.content();

        ReportContent outside = withMeetings(empty, List.of(new ReportedMeeting("M-1", agreement.beneficiaryOrganisationId(),
                agreement.projectEnd().plusDays(1), List.of(new MeetingTraveller(ESTONIAN_PARTNER, 2, 1200)))));
        assertThatThrownBy(() -> desk.save(report.id(), ReportSection.MEETINGS, outside, 0, coordinators))
                .isInstanceOfSatisfying(ReportRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("reporting.refused.outsideProject"));
        ReportContent unknownEvidence = new ReportContent(empty.narrative(), empty.summary(), List.of(), List.of(),
                List.of(), List.of(), List.of(new ReportedSpecialNeeds("N-1", ESTONIAN_PARTNER, null, null,
                new BigDecimal("100.00"), UUID.randomUUID().toString())), List.of());
        assertThatThrownBy(() -> desk.save(report.id(), ReportSection.SPECIAL_COSTS, unknownEvidence, 0, coordinators))
                .isInstanceOfSatisfying(ReportRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("reporting.refused.unknownEvidence"));
        assertThat(reports.find(report.id()).orElseThrow().version(ReportSection.SPECIAL_COSTS).version()).isZero();

        assertThatThrownBy(() -> desk.upload(report.id(), "x.pdf", "not a pdf".getBytes(), coordinators))
                .isInstanceOfSatisfying(ReportRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("reporting.refused.evidenceNotPdf"));
        assertThatThrownBy(() -> desk.upload(report.id(), "script.pdf", PdfFixtures.javaScriptOnOpening(), coordinators))
                .isInstanceOfSatisfying(ReportRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("reporting.refused.evidenceActiveContent"));
        byte[] tooLarge = new byte[(int) desk.limits().maxFileSize().toBytes() + 1];
        assertThatThrownBy(() -> desk.upload(report.id(), "big.pdf", tooLarge, coordinators))
                .isInstanceOfSatisfying(ReportRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("reporting.refused.evidenceTooLarge"));
        byte[] pdf = ReportPdfs.minimal();
        var file = desk.upload(report.id(), "C:\\invoices\\invoice.pdf", pdf, coordinators);
        assertThat(file.fileName()).isEqualTo("invoice.pdf");
        ReportContent linked = new ReportContent(empty.narrative(), empty.summary(), List.of(), List.of(),
                List.of(), List.of(), List.of(new ReportedSpecialNeeds("N-1", ESTONIAN_PARTNER, null, null,
                new BigDecimal("100.00"), file.id().toString())), List.of());
        desk.save(report.id(), ReportSection.SPECIAL_COSTS, linked, 0, coordinators);
        assertThat(desk.evidence(report.id(), file.id(), coordinators).content()).isEqualTo(pdf);
    }

    @Test
    void everyKindOfLineSurvivesTheRoundTrip() {
        AgreementInForce agreement = inForce(PaymentScheme.ONE_PREFINANCING, uniqueEnd());
        opening.open(agreement.id());
        Report report = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        LocalDate day = agreement.projectStart().plusDays(10);
        ReportContent full = new ReportContent(new Narrative("Ķekava", "Results", "Impact", "Dissemination"),
                summary(agreement).summary(),
                List.of(new ReportedMeeting("M-1", agreement.beneficiaryOrganisationId(), day,
                        List.of(new MeetingTraveller(ESTONIAN_PARTNER, 2, 280)))),
                List.of(new ReportedOutput("IO-1", "Toolkit", agreement.beneficiaryOrganisationId(),
                        List.of(new OutputStaff(ESTONIAN_PARTNER, StaffCategory.TECHNICIAN, 12)))),
                List.of(new ReportedMultiplierEvent("E-1", agreement.beneficiaryOrganisationId(), day,
                        List.of("IO-1"), 30, 5)),
                List.of(new ReportedLearningActivity("A-1", ActivityType.SHORT_TERM_JOINT_STAFF_TRAINING,
                        agreement.beneficiaryOrganisationId(), "Tartu, EE", day, day.plusDays(4),
                        List.of(new Participant("P-1", "Jānis Bērziņš", ESTONIAN_PARTNER, "EE", ParticipantKind.STAFF, day,
                                day.plusDays(4), 5, "Tartu, EE", 230, true)))),
                List.of(new ReportedSpecialNeeds("N-1", ESTONIAN_PARTNER, "A-1", "P-1", new BigDecimal("350.50"), null)),
                List.of(new ReportedExceptionalCost("X-1", agreement.beneficiaryOrganisationId(), "A-1", "Visa",
                        new BigDecimal("120.00"), null)));
        for (ReportSection section : ReportSection.values()) {
            desk.save(report.id(), section, full, 0, coordinators);
        }
        Report read = reports.find(report.id()).orElseThrow();
        assertThat(read.content()).isEqualTo(full);
        assertThat(Arrays.stream(ReportSection.values()).map(section -> read.version(section).version()))
                .containsOnly(1);
        assertThat(read.content().lineIds()).contains("A-1", "P-1", "N-1", "X-1");
        assertThat(read.project()).isEqualTo(ReportedProject.of(agreement));
    }

    @Test
    void participantNamesAreAnonymisedWhenTheRecordRetentionEndsAndTheRestOfTheLineStays() {
        AgreementInForce agreement = inForce(PaymentScheme.ONE_PREFINANCING, uniqueEnd());
        opening.open(agreement.id());
        Report report = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        LocalDate day = agreement.projectStart().plusDays(10);
        Participant janis = new Participant("P-1", "Jānis Bērziņš", ESTONIAN_PARTNER, "EE", ParticipantKind.STAFF, day,
                day.plusDays(4), 5, "Tartu, EE", 230, true);
        ReportContent content = new ReportContent(report.content().narrative(), report.content().summary(),
                List.of(), List.of(), List.of(),
                List.of(new ReportedLearningActivity("A-1", ActivityType.SHORT_TERM_JOINT_STAFF_TRAINING,
                        agreement.beneficiaryOrganisationId(), "Tartu, EE", day, day.plusDays(4), List.of(janis))),
                List.of(), List.of());
        desk.save(report.id(), ReportSection.LEARNING_ACTIVITIES, content, 0, coordinators);

        retention.endRetention();   // saved today: kept
        assertThat(reports.find(report.id()).orElseThrow().content().learningActivities().get(0).participants())
                .containsExactly(janis);

        // Saved eleven years ago: past sadarbe.privacy.record-retention (ten years)
        jdbc.sql("UPDATE report_section SET saved_at = ? WHERE report_id = ? AND section = 'LEARNING_ACTIVITIES'")
                .params(java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(11 * 366))), report.id().value())
                .update();
        retention.endRetention();
        Participant anonymised = reports.find(report.id()).orElseThrow().content().learningActivities().get(0)
                .participants().get(0);
        assertThat(anonymised.name()).isEqualTo("—");
        assertThat(anonymised).usingRecursiveComparison().ignoringFields("name").isEqualTo(janis);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_section WHERE report_id = ? AND retention_ended_at IS NULL"
                + " AND section = 'LEARNING_ACTIVITIES'").param(report.id().value()).query(Integer.class).single())
                .as("a second run reads it no more").isZero();
    }

    @Test
    void theRemindersGoOnTheEndDateAndFiftyThreeDaysAfterOnceEach() throws Exception {
        AgreementInForce agreement = inForce(PaymentScheme.ONE_PREFINANCING, uniqueEnd());
        opening.open(agreement.id());
        Report report = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        LocalDate end = agreement.projectEnd();

        at(end.minusDays(1));
        reminders.remind();
        assertThat(sent(report)).isEmpty();

        at(end);
        reminders.remind();
        assertThat(sent(report)).containsExactly("END_DATE");
        MimeMessage mail = ReceivedMail.to(greenMail, coordinators.email(), "Final report of " + agreement.number());
        assertThat(mail).isNotNull();
        reminders.remind();   // the same morning again, or another node
        at(end.plusDays(1));
        reminders.remind();
        assertThat(sent(report)).containsExactly("END_DATE");

        at(end.plusDays(52));
        reminders.remind();
        assertThat(sent(report)).containsExactly("END_DATE");
        // R-REP-01: FINAL_REPORT_REMINDER_DAYS (53) after the end
        at(end.plusDays(53));
        reminders.remind();
        at(end.plusDays(54));
        reminders.remind();
        assertThat(sent(report)).containsExactlyInAnyOrder("END_DATE", "BEFORE_DUE");
        assertThat(jdbc.sql("SELECT recipients FROM report_reminder WHERE report_id = ?").param(report.id().value())
                .query(Integer.class).list()).allMatch(count -> count >= 1);
    }

    @Test
    void aSubmittedReportIsNotReminded() {
        AgreementInForce agreement = inForce(PaymentScheme.ONE_PREFINANCING, uniqueEnd());
        opening.open(agreement.id());
        Report report = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        desk.save(report.id(), ReportSection.SUMMARY, summary(agreement), 0, coordinators);
        desk.submit(report.id(), coordinators);
        at(agreement.projectEnd());
        reminders.remind();
        assertThat(sent(report)).isEmpty();
    }

    private void at(LocalDate day) {
        clock.setBrussels(LocalDateTime.of(day, java.time.LocalTime.of(7, 15)));
    }

    private List<String> sent(Report report) {
        return jdbc.sql("SELECT reminder FROM report_reminder WHERE report_id = ? ORDER BY sent_at")
                .param(report.id().value()).query(String.class).list();
    }

    static ReportContent narrative(String text) {
        ReportContent empty = ReportContent.empty("lv");
        return new ReportContent(new Narrative(text, "", "", ""), empty.summary(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    static ReportContent summary(AgreementInForce agreement) {
        ReportContent empty = ReportContent.empty(agreement.language());
        return new ReportContent(Narrative.EMPTY, new ResultsSummary("Teachers learnt to teach reading together.",
                "Skolotāji iemācījās kopā mācīt lasīt.", agreement.language()), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static ReportContent meetings(AgreementInForce agreement) {
        return withMeetings(ReportContent.empty(agreement.language()), List.of(new ReportedMeeting("M-1",
                agreement.beneficiaryOrganisationId(), agreement.projectStart().plusDays(30),
                List.of(new MeetingTraveller(ESTONIAN_PARTNER, 2, 280)))));
    }

    private static ReportContent withMeetings(ReportContent content, List<ReportedMeeting> meetings) {
        return new ReportContent(content.narrative(), content.summary(), meetings, content.outputs(),
                content.multiplierEvents(), content.learningActivities(), content.specialNeeds(),
                content.exceptionalCosts());
    }

}
