package eu.sadarbe.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.Payments;
import eu.sadarbe.payments.SettlementOrder;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportAssessment;
import eu.sadarbe.reporting.domain.ReportAssessmentRepository;
import eu.sadarbe.reporting.domain.ReportOpening;
import eu.sadarbe.reporting.domain.ReportOutOfReach;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportSettlement;
import eu.sadarbe.reporting.domain.SettlementFixtures;
import eu.sadarbe.web.PdfConformance;

/**
 * Issue 19 items 3–5 and 7 on the demo data: one project of the decided demo round settled through its final report
 * (one activity ineligible, scored 45: 25 % less) to its balance or recovery order and the letter, the other's report
 * overdue; only the agency's officers assess; the pages in both languages never answer 500 to bad input.
 */
@SadarbeTest
class ReportSettlementTests {

    static final String ILZE = "ilze.ozola@demo.sadarbe.eu";
    static final String JANIS = "janis.liepa@demo.sadarbe.eu";
    static final String COORDINATORS = "demo.coordinators@demo.sadarbe.eu";

    @Autowired MockMvc mvc;
    @Autowired AccountRegister accounts;
    @Autowired ReportRepository reports;
    @Autowired ReportAssessmentRepository assessments;
    @Autowired ReportSettlement settlement;
    @Autowired ReportOpening opening;
    @Autowired Payments payments;
    @Autowired ApplicationContext context;

    SignedInUser person(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), "en", true, null);
    }

    List<Report> finalReports(ReportStatus status) {
        return reports.ofAgency("LV01", status).stream().filter(report -> report.kind() == ReportKind.FINAL)
                .filter(report -> report.project().callYear() == 2020 && report.project().roundNumber() == 1).toList();
    }

    Report settled() {
        await().atMost(Duration.ofSeconds(60)).until(() -> !finalReports(ReportStatus.CLOSED).isEmpty());
        return finalReports(ReportStatus.CLOSED).stream()
                .min(java.util.Comparator.comparing(report -> assessments.of(report.id()).decision().decidedAt()))
                .orElseThrow();
    }

    /** The demo's overdue report, submitted late for the officer to act on (skips once another test closed it). */
    Report submitted() {
        settled();
        Optional<Report> report = new SettlementFixtures(context).lateSubmission();
        Assumptions.assumeTrue(report.isPresent(), "the demo's late report was approved by another test");
        return report.get();
    }

    /**
     * The event that opens an agreement's reports may be handled after its final report was settled (the demo settles
     * before it is handled; a restart republishes events): it opens none then, or an interim report would stay owed
     * for good. One CI run saw that, as an interim report still open in the test below (issue #14's session 13).
     */
    @Test
    void aSettledProjectHasNoReportOpenedAnyMore() {
        Report report = settled();
        assertThat(opening.open(report.project().agreementId())).isEmpty();
        assertThat(reports.ofAgreement(report.project().agreementId()))
                .noneMatch(other -> other.status() == ReportStatus.OPEN);
    }

    @Test
    void theDemoProjectIsSettledToItsBalanceOrderAndLetter() throws Exception {
        Report report = settled();
        ReportAssessment.Decision decision = assessments.of(report.id()).decision();
        assertThat(decision).isNotNull();
        assertThat(decision.figures().reduction().share()).as("R-RED-01 for 45").isEqualByComparingTo("0.25");
        assertThat(assessments.of(report.id()).ineligible()).hasSize(1);
        assertThat(decision.figures().eligibleTotal()).isLessThan(decision.figures().reportedTotal());
        assertThat(decision.figures().acceptedTotal()).isLessThanOrEqualTo(report.project().awardedTotal());
        assertThat(decision.paidBefore()).isPositive();
        SettlementOrder order = payments.order(decision.orderId()).orElseThrow();
        BigDecimal balance = decision.figures().finalGrant().subtract(decision.paidBefore());
        assertThat(order.kind()).isEqualTo(balance.signum() > 0 ? PaymentKind.BALANCE : PaymentKind.RECOVERY);
        assertThat(order.amount()).isEqualByComparingTo(balance.abs());
        // An interim report the project never sent is superseded by the settled final one: not owed, not late
        assertThat(reports.ofAgreement(report.project().agreementId()))
                .filteredOn(other -> other.kind() == ReportKind.INTERIM)
                .allSatisfy(interim -> {
                    assertThat(interim.status()).isNotEqualTo(ReportStatus.OPEN);
                    assertThat(interim.isOverdue(LocalDate.now())).isFalse();
                });
        if (order.kind() == PaymentKind.BALANCE) {
            // Issue 19 item 7: the demo project went through its final report to the balance payment
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> payments.order(order.orderId()).orElseThrow().paidOn() != null);
        }

        byte[] pdf = settlement.letter(report.id(), person(ILZE));
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
        String text = text(pdf);
        assertThat(text).contains(report.project().agreementNumber(), "R-RED-01");
        assertThat(text).containsAnyOf("Final grant", "Galīgā dotācija");
        // the project's people read it too
        MvcResult own = mvc.perform(get("/projects/" + report.project().agreementId() + "/final-letter")
                .with(user(person(COORDINATORS)))).andReturn();
        assertThat(own.getResponse().getStatus()).isEqualTo(200);
        assertThat(own.getResponse().getContentType()).isEqualTo("application/pdf");
    }

    @Test
    void theDemoHasAFinalReportPastItsDueDate() {
        settled();
        LocalDate today = LocalDate.now();
        List<Report> others = java.util.stream.Stream.of(ReportStatus.OPEN, ReportStatus.SUBMITTED, ReportStatus.CLOSED)
                .flatMap(status -> finalReports(status).stream()).filter(report -> !report.id().equals(settled().id()))
                .toList();
        // open and overdue, or (once a test acted as the project) submitted after its due date
        assertThat(others).anySatisfy(report -> assertThat(report.isOverdue(today) || (report.submittedAt() != null
                && LocalDate.ofInstant(report.submittedAt(), java.time.ZoneId.of("Europe/Brussels"))
                .isAfter(report.dueOn()))).isTrue());
    }

    @Test
    void onlyTheAgencysOfficersAssess() {
        Report report = submitted();
        assertThatThrownBy(() -> settlement.read(report.id(), person(JANIS))).isInstanceOf(ReportOutOfReach.class);
        assertThatThrownBy(() -> settlement.read(report.id(), person(COORDINATORS)))
                .isInstanceOf(ReportOutOfReach.class);
        assertThatThrownBy(() -> settlement.score(report.id(), 90, "", person(JANIS)))
                .isInstanceOf(ReportOutOfReach.class);
        assertThatThrownBy(() -> settlement.letter(settled().id(), person(JANIS))).isInstanceOf(ReportOutOfReach.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "lv"})
    void thePagesSpeakBothLanguages(String language) throws Exception {
        Report report = submitted();
        Cookie lang = new Cookie("sadarbe-lang", language);
        String list = mvc.perform(get("/agency/reports").cookie(lang).with(user(person(ILZE))))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(report.project().agreementNumber(),
                "lv".equals(language) ? "Izvērtējamie ziņojumi" : "Reports to assess");
        String page = mvc.perform(get("/agency/reports/" + report.id()).cookie(lang).with(user(person(ILZE))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("R-RED-01", "R-RED-02", "R-BUD-01", "score-form",
                "lv".equals(language) ? "Galīgā dotācija" : "Final grant");
        String closed = mvc.perform(get("/agency/reports/" + settled().id()).cookie(lang).with(user(person(ILZE))))
                .andReturn().getResponse().getContentAsString();
        assertThat(closed).contains("letter-link",
                "lv".equals(language) ? "Samazinājums par vērtējumu (R-RED-01): 25" : "Reduction for the score (R-RED-01): 25",
                "lv".equals(language) ? "maksājuma rīkojums" : "order of");
    }

    @Test
    void badInputGetsAMessageNeverA500() throws Exception {
        Report report = submitted();
        SignedInUser ilze = person(ILZE);
        assertThat(mvc.perform(get("/agency/reports/not-a-report").with(user(ilze))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/agency/reports").param("status", "NOPE").param("page", "x").with(user(ilze)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/projects/nope/final-letter").with(user(ilze))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        for (String score : List.of("abc", "101", "-3", "")) {
            MvcResult refused = mvc.perform(post("/agency/reports/" + report.id() + "/score").param("score", score)
                    .with(csrf()).with(user(ilze))).andReturn();
            assertThat(refused.getResponse().getStatus()).as(score).isEqualTo(302);
            assertThat(refused.getFlashMap().get("problem")).as(score).asString().startsWith("settlement.refused.score");
        }
        MvcResult noReason = mvc.perform(post("/agency/reports/" + report.id() + "/ineligible")
                .param("line", report.content().lineIds().iterator().next()).param("reason", " ")
                .with(csrf()).with(user(ilze))).andReturn();
        assertThat(noReason.getFlashMap().get("problem")).isEqualTo("settlement.refused.ineligibleReasonMissing");
        MvcResult unknown = mvc.perform(post("/agency/reports/" + report.id() + "/ineligible")
                .param("line", "<script>").param("reason", "x").with(csrf()).with(user(ilze))).andReturn();
        assertThat(unknown.getFlashMap().get("problem")).isEqualTo("settlement.refused.unknownLine");
        MvcResult unconfirmed = mvc.perform(post("/agency/reports/" + report.id() + "/approval")
                .with(csrf()).with(user(ilze))).andReturn();
        assertThat(unconfirmed.getFlashMap().get("problem")).isEqualTo("settlement.refused.confirmMissing");
        MvcResult decided = mvc.perform(post("/agency/reports/" + settled().id() + "/score").param("score", "10")
                .with(csrf()).with(user(ilze))).andReturn();
        assertThat(decided.getFlashMap().get("problem")).isEqualTo("reporting.refused.notSubmitted");
        assertThat(java.util.Objects.equals(assessments.of(report.id()).score(), 10)).isFalse();
    }

    @Test
    void anIneligibleLineTakesItsAmountsAwayAndUndoingBringsThemBack() {
        Report report = submitted();
        SignedInUser ilze = person(ILZE);
        ReportSettlement.Assessed before = settlement.read(report.id(), ilze);
        String meeting = report.content().meetings().isEmpty() ? null : report.content().meetings().get(0).id();
        if (meeting == null || before.assessment().ineligible().containsKey(meeting)) {
            return;
        }
        settlement.markIneligible(report.id(), meeting, "No minutes of the meeting", ilze);
        ReportSettlement.Assessed marked = settlement.read(report.id(), ilze);
        assertThat(marked.figures().eligibleTotal()).isLessThanOrEqualTo(before.figures().eligibleTotal());
        assertThat(marked.figures().category(eu.sadarbe.budget.BudgetCategory.TRANSNATIONAL_MEETINGS).eligible())
                .isLessThanOrEqualTo(before.figures().category(eu.sadarbe.budget.BudgetCategory.TRANSNATIONAL_MEETINGS)
                        .eligible());
        settlement.undoIneligible(report.id(), meeting, ilze);
        assertThat(settlement.read(report.id(), ilze).figures().finalGrant())
                .isEqualByComparingTo(before.figures().finalGrant());
    }

    /**
     * The letter's text, with a line that a hyphen broke joined again: an agreement number such as
     * {@code 2020-1-LV01-KA202-000049} may wrap after one of its hyphens, depending on the number (the agreements of
     * other tests in the same database take numbers before the demo's) and on its digits' widths.
     */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("-\\R", "-");
        }
    }
}
