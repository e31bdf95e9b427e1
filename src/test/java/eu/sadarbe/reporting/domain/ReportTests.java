package eu.sadarbe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.applications.document.OutputStaff;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.ReportSubmitted;

/** The report aggregate: sections saved on their versions, R-REP-02 before submission, R-RED-02 in the document. */
class ReportTests {

    static final Instant NOW = Instant.parse("2022-10-01T08:00:00Z");

    static ReportedProject project() {
        return new ReportedProject(new GrantAgreementId(UUID.randomUUID()), "2020-1-LV01-KA201-000001", 1,
                new ApplicationId(UUID.randomUUID()), "2020-1-LV01-KA201-000001", "LV01", "KA201", 2020, 1,
                "Reading together", "lv", PaymentScheme.ONE_PREFINANCING, "E10000002", "Rīgas skola",
                LocalDate.of(2020, 9, 1), LocalDate.of(2022, 8, 31),
                Map.of(BudgetCategory.PROJECT_MANAGEMENT, new BigDecimal("24000.00")));
    }

    static ReportContent withSummary(String english, String latvian) {
        ReportContent empty = ReportContent.empty("lv");
        return new ReportContent(empty.narrative(), new ResultsSummary(english, latvian, "lv"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aSectionIsSavedOnlyOnTheVersionItsEditorStartedFrom() {
        Report report = Report.open(project(), ReportKind.FINAL, LocalDate.of(2022, 10, 30), NOW);
        report.save(ReportSection.SUMMARY, withSummary("We read.", "Mēs lasījām."), 0, "anna@example.lv", NOW);
        assertThat(report.version(ReportSection.SUMMARY).version()).isEqualTo(1);

        assertThatThrownBy(() -> report.save(ReportSection.SUMMARY, withSummary("Other", "Cits"), 0,
                "janis@example.lv", NOW)).isInstanceOfSatisfying(ReportSectionConflict.class, conflict -> {
                    assertThat(conflict.currentVersion()).isEqualTo(1);
                    assertThat(conflict.savedBy()).isEqualTo("anna@example.lv");
                });
        assertThat(report.content().summary().english()).isEqualTo("We read.");
        // Another section is independent of the summary's version.
        report.save(ReportSection.NARRATIVE, ReportContent.empty("lv"), 0, "janis@example.lv", NOW);
    }

    @Test
    void aFinalReportWithoutItsPublicSummaryIsNotSubmitted() {
        Report report = Report.open(project(), ReportKind.FINAL, LocalDate.of(2022, 10, 30), NOW);
        assertThatThrownBy(() -> report.submit("anna@example.lv", NOW))
                .isInstanceOfSatisfying(ReportRefused.class, refused -> assertThat(refused.rule()).isEqualTo("R-REP-02"));
        report.save(ReportSection.SUMMARY, withSummary("We read.", ""), 0, "anna@example.lv", NOW);
        assertThatThrownBy(() -> report.submit("anna@example.lv", NOW)).isInstanceOf(ReportRefused.class);

        report.save(ReportSection.SUMMARY, withSummary("We read.", "Mēs lasījām."), 1, "anna@example.lv", NOW);
        report.submit("anna@example.lv", NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.takeEvents()).singleElement().isInstanceOf(ReportSubmitted.class);
        assertThatThrownBy(() -> report.save(ReportSection.NARRATIVE, ReportContent.empty("lv"), 0, "anna", NOW))
                .isInstanceOf(ReportRefused.class);

        report.returnForChanges("Add the participants of the second activity", "ilze@viaa.gov.lv", NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.OPEN);
    }

    @Test
    void anIneligibleActivityTakesEveryLineLinkedToItOutOfTheDocument() {
        Participant first = new Participant("p1", "Anna Bērziņa", "E10000002", "LV", ParticipantKind.STAFF,
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 5), 5, null, 1200, true);
        Participant second = new Participant("p2", "Mari Tamm", "E10000012", "EE", ParticipantKind.STAFF,
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 5), 5, null, 300, false);
        ReportContent content = new ReportContent(Narrative.EMPTY, ResultsSummary.empty("lv"),
                List.of(new ReportedMeeting("m1", "E10000002", LocalDate.of(2020, 10, 1),
                        List.of(new MeetingTraveller("E10000012", 2, 280)))),
                List.of(new ReportedOutput("o1", "Guide", "E10000002",
                        List.of(new OutputStaff("E10000002", StaffCategory.TEACHER_TRAINER_RESEARCHER_YOUTH_WORKER, 20)))),
                List.of(new ReportedMultiplierEvent("e1", "E10000002", LocalDate.of(2022, 6, 1), List.of("o1"), 30, 5)),
                List.of(new ReportedLearningActivity("a1", ActivityType.SHORT_TERM_JOINT_STAFF_TRAINING, "E10000002",
                        null, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 5), List.of(first, second))),
                List.of(new ReportedSpecialNeeds("s1", "E10000002", "a1", "p1", new BigDecimal("400"), null)),
                List.of(new ReportedExceptionalCost("x1", "E10000002", "a1", "Visa", new BigDecimal("90"), null)));
        ApplicationDocument planned = new ApplicationDocument(2020, ActionTypeCode.KA201,
                ProjectType.INNOVATION, "Reading together", LocalDate.of(2020, 9, 1), 24, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        ApplicationDocument all = content.asDocument(planned, LocalDate.of(2020, 9, 1), LocalDate.of(2022, 8, 31),
                Set.of());
        assertThat(all.durationMonths()).isEqualTo(24);
        assertThat(all.learningActivities()).singleElement()
                .satisfies(activity -> assertThat(activity.travellers()).hasSize(2));
        assertThat(all.specialNeedsSupport()).hasSize(1);
        assertThat(all.exceptionalCosts()).hasSize(1);

        ApplicationDocument withoutActivity = content.asDocument(planned, LocalDate.of(2020, 9, 1),
                LocalDate.of(2022, 8, 31), Set.of("a1"));
        assertThat(withoutActivity.learningActivities()).isEmpty();
        assertThat(withoutActivity.specialNeedsSupport()).isEmpty();
        assertThat(withoutActivity.exceptionalCosts()).isEmpty();
        assertThat(withoutActivity.transnationalMeetings()).hasSize(1);

        ApplicationDocument withoutParticipant = content.asDocument(planned, LocalDate.of(2020, 9, 1),
                LocalDate.of(2022, 8, 31), Set.of("p1"));
        assertThat(withoutParticipant.learningActivities().get(0).travellers()).singleElement()
                .satisfies(traveller -> assertThat(traveller.from()).isEqualTo("E10000012"));
        assertThat(withoutParticipant.specialNeedsSupport()).isEmpty();
        assertThat(withoutParticipant.exceptionalCosts()).hasSize(1);

        ApplicationDocument withoutOutput = content.asDocument(planned, LocalDate.of(2020, 9, 1),
                LocalDate.of(2022, 8, 31), Set.of("o1"));
        assertThat(withoutOutput.intellectualOutputs()).isEmpty();
        assertThat(withoutOutput.multiplierEvents()).isEmpty();
    }

    @Test
    void anInterimReportNeverSentIsSupersededByTheSettledFinalOneAndNoLongerLate() {
        Report interim = Report.open(project(), ReportKind.INTERIM, LocalDate.of(2021, 9, 1), NOW);
        assertThat(interim.isOverdue(LocalDate.of(2022, 11, 1))).isTrue();
        interim.superseded("ilze@viaa.gov.lv", NOW);
        assertThat(interim.status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(interim.isOverdue(LocalDate.of(2022, 11, 1))).isFalse();
        assertThat(interim.audit()).extracting(ReportAuditEntry::action).endsWith("superseded");

        Report finalReport = Report.open(project(), ReportKind.FINAL, LocalDate.of(2022, 10, 30), NOW);
        assertThatThrownBy(() -> finalReport.superseded("ilze@viaa.gov.lv", NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}
