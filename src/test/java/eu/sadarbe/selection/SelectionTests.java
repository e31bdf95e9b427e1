package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * R-AWD-05 end to end: the officer's ranking page, what-if, reduced grants, decisions, exports. A module test of
 * selection with its pages, on a round of its own ({@link ModuleTestData}, apart from {@link SelectionModuleTests}'
 * round so that its ranking holds only these applications), whose deadline has passed: an LV01 officer of its own
 * ranks applications of applicants of its own, assessed and formally checked by the events the assessment module
 * publishes.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
@RecordApplicationEvents
@DisplayName("R-AWD-05")
class SelectionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionDesk selection;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    BeanFactory beans;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher publisher;

    ModuleTestData data;
    SignedInUser ilze;
    RankingKey key;
    String ranking;

    SubmissionSummary best;
    SubmissionSummary secondOnRelevance;
    SubmissionSummary thirdOnRelevance;
    SubmissionSummary failing;

    /**
     * Four assessed applications, made once for the class (a module test is one instance for all its tests); each
     * test starts from no decision and no envelope.
     */
    @BeforeEach
    void fourAssessedApplications() {
        if (best != null) {
            undoSelection();
            return;
        }
        data = new ModuleTestData("selection pages", beans);
        ilze = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        key = new RankingKey("LV01", ModuleTestData.CALL_YEAR, data.round().roundNumber(), "KA202");
        ranking = "/agency/selection?year=" + key.callYear() + "&round=" + key.roundNumber() + "&actionType=KA202";
        best = data.submitted("Best");
        secondOnRelevance = data.submitted("Second");
        thirdOnRelevance = data.submitted("Third");
        failing = data.submitted("Failing");
        assessed(best, 28, 18, 18, 26, "60000", null, List.of("Strong"));
        assessed(thirdOnRelevance, 24, 18, 18, 20, "30000", "25000", List.of("Fine"));
        assessed(secondOnRelevance, 26, 18, 16, 20, "40000", null, List.of("Good"));
        assessed(failing, 14, 10, 10, 16, "10000", null, List.of("Weak"));
    }

    @Test
    void showsTheRankingWithTheCutOffTheReserveListAndTheFailingOnesApart() throws Exception {
        selection.setEnvelope(key, new BigDecimal("100000.00"), 10, ilze);

        String page = page(ranking);

        assertThat(page).containsSubsequence(best.applicationNumber(), secondOnRelevance.applicationNumber(),
                "id=\"cut-off\"", thirdOnRelevance.applicationNumber(), "Reserve 1", "id=\"failing-table\"",
                failing.applicationNumber());
        assertThat(page).contains("2 of 3 passing applications funded: €100,000.00 of the envelope of €100,000.00");
    }

    @Test
    void fundsOnlyWhatFitsWhenTheEnvelopeIsOneCentShort() {
        selection.setEnvelope(key, new BigDecimal("99999.99"), 10, ilze);

        assertThat(selection.ranking(key, ilze).cutOffRank()).isEqualTo(1);
    }

    @Test
    void recalculatesTheCutOffForAWhatIfEnvelopeWithoutSavingIt() throws Exception {
        selection.setEnvelope(key, new BigDecimal("60000"), 10, ilze);

        String fragment = mvc.perform(get(ranking + "&whatIf=130000").header("HX-Request", "true").with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html").contains("3 of 3 passing applications funded", "What-if");
        assertThat(selection.envelope(key, ilze).amount()).isEqualByComparingTo("60000");
        assertThat(selection.ranking(key, ilze).cutOffRank()).isEqualTo(1);
    }

    @Test
    void aGrantReducedToTheExpertsRecommendationMovesTheCutOffAndIsAudited() throws Exception {
        selection.setEnvelope(key, new BigDecimal("125000"), 10, ilze);
        assertThat(selection.ranking(key, ilze).cutOffRank()).isEqualTo(2);

        mvc.perform(post("/agency/selection/applications/{id}/grant", thirdOnRelevance.applicationId())
                        .param("amount", "25000").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(selection.ranking(key, ilze).cutOffRank()).isEqualTo(3);
        assertThat(audit.of(thirdOnRelevance.applicationId())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("selection.grantChanged");
            assertThat(entry.before()).isEqualTo("30000.00");
            assertThat(entry.after()).isEqualTo("25000");
            assertThat(entry.actorEmail()).isEqualTo(ilze.email());
        });
    }

    /** Issue 13, item 15: the ranking offers the experts' recommended grant, and taking it returns to the ranking. */
    @Test
    void theRankingOffersTheExpertsRecommendedGrant() throws Exception {
        String page = page(ranking);
        assertThat(page).contains("name=\"returnTo\" value=\"ranking\"", "value=\"25000.00\"", "€25,000.00</span>");
        assertThat(page.split("class=\"recommended-grant\"", -1)).as("only where the experts recommend less").hasSize(2);

        mvc.perform(post("/agency/selection/applications/{id}/grant", thirdOnRelevance.applicationId())
                        .param("amount", "25000.00").param("returnTo", "ranking").with(user(ilze)).with(csrf()))
                .andExpect(redirectedUrl(ranking));

        assertThat(selection.candidate(thirdOnRelevance.applicationId(), ilze).granted())
                .isEqualByComparingTo("25000");
        assertThat(page(ranking)).doesNotContain("class=\"recommended-grant\"");
    }

    /** Issue 13, item 17: "300,000" or "abc" silently showed the saved envelope; now a field error, in both paths. */
    @Test
    void anInvalidWhatIfAmountIsAFieldErrorAndALocaleFormattedOneIsRead() throws Exception {
        selection.setEnvelope(key, new BigDecimal("60000"), 10, ilze);

        String invalid = page(ranking + "&whatIf=abc");
        assertThat(invalid).contains("id=\"whatIf-error\"", "value=\"abc\"", "id=\"what-if-invalid\"");
        String fragment = mvc.perform(get(ranking + "&whatIf=abc").header("HX-Request", "true").with(user(ilze)))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"what-if-invalid\"").doesNotContain("What-if");
        String grouped = mvc.perform(get(ranking + "&whatIf=130,000").header("HX-Request", "true").with(user(ilze)))
                .andReturn().getResponse().getContentAsString();
        assertThat(grouped).contains("3 of 3 passing applications funded", "What-if")
                .doesNotContain("id=\"what-if-invalid\"");
        String latvian = mvc.perform(get(ranking + "&whatIf=130 000,00").header("Accept-Language", "lv")
                        .with(user(inLatvian())))
                .andReturn().getResponse().getContentAsString();
        assertThat(latvian).doesNotContain("id=\"whatIf-error\"");
    }

    @Test
    void refusesAnyOtherReductionWithoutAReason() throws Exception {
        String page = mvc.perform(post("/agency/selection/applications/{id}/grant", best.applicationId())
                        .param("amount", "50000").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("problem").toString();

        assertThat(page).isEqualTo("selection.problem.grantReasonRequired");
        assertThat(selection.candidate(best.applicationId(), ilze).granted()).isEqualByComparingTo("60000");
    }

    @Test
    void recordsTheDecisionsWithWhoAndWhenAuditsThemAndPublishesTheEvents() throws Exception {
        selection.setEnvelope(key, new BigDecimal("100000"), 10, ilze);

        mvc.perform(post("/agency/selection/decisions").param("year", String.valueOf(key.callYear()))
                        .param("round", String.valueOf(key.roundNumber()))
                        .param("actionType", "KA202").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var decisions = selection.decisions(key, ilze);
        assertThat(decisions.get(best.applicationId()).outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(decisions.get(best.applicationId()).granted()).isEqualByComparingTo("60000");
        assertThat(decisions.get(best.applicationId()).decidedByEmail()).isEqualTo(ilze.email());
        assertThat(decisions.get(thirdOnRelevance.applicationId()).outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(decisions.get(failing.applicationId()).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(events.stream(ApplicationSelected.class)).extracting(ApplicationSelected::applicationId)
                .containsExactlyInAnyOrder(best.applicationId(), secondOnRelevance.applicationId());
        assertThat(events.stream(ApplicationPlacedOnReserve.class)).singleElement()
                .satisfies(reserve -> assertThat(reserve.reservePosition()).isEqualTo(1));
        assertThat(events.stream(ApplicationRejected.class)).extracting(ApplicationRejected::reason)
                .containsExactly("R-AWD-02");
        assertThat(audit.of(failing.applicationId())).extracting(entry -> entry.action())
                .contains("selection.decided");

        // An override with its reason survives recording the ranking's decisions again.
        selection.override(thirdOnRelevance.applicationId(), Outcome.REJECTED, null, "Double funding", ilze);
        selection.recordDecisions(key, ilze);
        assertThat(selection.decisions(key, ilze).get(thirdOnRelevance.applicationId()).outcome())
                .isEqualTo(Outcome.REJECTED);
        assertThat(audit.of(thirdOnRelevance.applicationId())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("selection.decisionOverridden");
            assertThat(entry.before()).isEqualTo("RESERVE");
            assertThat(entry.after()).isEqualTo("REJECTED (Double funding)");
        });
    }

    /** Issue 13, item 11: five selected for €442,206 against €400,000 while the page said "€9,695 left". */
    @Test
    void anOverrideOverTheEnvelopeShowsByHowMuchNeedsAReasonAndTheTotalsFollowTheDecisions() throws Exception {
        selection.setEnvelope(key, new BigDecimal("100000"), 10, ilze);
        selection.recordDecisions(key, ilze);
        assertThat(page(ranking)).contains("Selected: 2, for €100,000.00 of the envelope of €100,000.00; €0.00 left.");

        var refused = mvc.perform(post("/agency/selection/applications/{id}/decision",
                        thirdOnRelevance.applicationId()).param("outcome", "SELECTED")
                        .param("reason", "Strategic priority").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(refused.get("problem")).isEqualTo("selection.problem.overEnvelopeReasonRequired");
        assertThat(refused.get("overBy")).isEqualTo("€30,000.00");
        assertThat(selection.decisions(key, ilze).get(thirdOnRelevance.applicationId()).outcome())
                .isEqualTo(Outcome.RESERVE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> selection.override(
                        thirdOnRelevance.applicationId(), Outcome.SELECTED, null, "Strategic priority", ilze))
                .isInstanceOfSatisfying(eu.sadarbe.selection.domain.OverEnvelope.class,
                        over -> assertThat(over.excess()).isEqualByComparingTo("30000"));

        mvc.perform(post("/agency/selection/applications/{id}/decision", thirdOnRelevance.applicationId())
                        .param("outcome", "SELECTED").param("reason", "Strategic priority")
                        .param("overEnvelopeReason", "Money returned by a cancelled project")
                        .with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(ranking)).contains("Over the envelope",
                "Selected: 3, for €130,000.00 of the envelope of €100,000.00;", "€30,000.00 over the envelope.");
        assertThat(mvc.perform(get(ranking).header("Accept-Language", "lv").with(user(inLatvian())))
                .andReturn().getResponse().getContentAsString())
                .contains("budžeta apjoms pārsniegts par");
        mvc.perform(get("/api/v1/agency/LV01/ranking" + query()).with(user(ilze)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.selectedCount").value(3))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.selectedRemaining").value(-30000.0));
        assertThat(audit.of(thirdOnRelevance.applicationId())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("selection.overEnvelope");
            assertThat(entry.after()).isEqualTo("30000.00 (Money returned by a cancelled project)");
        });
    }

    @Test
    void exportsTheRankingAsXlsxAndPdfInLatvian() throws Exception {
        SubmissionSummary ineligible = data.submitted("Ineligible");   // before the deadline, found ineligible after
        formallyRejected(ineligible, "Too few partners");
        try {
            selection.setEnvelope(key, new BigDecimal("100000"), 10, ilze);
            selection.recordDecisions(key, ilze);

            byte[] xlsx = mvc.perform(get("/agency/selection/ranking.xlsx" + query())
                            .header("Accept-Language", "lv").with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                var sheet = workbook.getSheet("Rangu saraksts");
                Row header = sheet.getRow(0);
                List<String> headers = new ArrayList<>();
                header.forEach(cell -> headers.add(cell.getStringCellValue()));
                assertThat(headers).containsSubsequence("Vieta", "Pieteikums", "Pieteicējs", "Projekta nosaukums",
                        "Atbilstība", "Kopā", "Pieprasītā dotācija", "Vieta rezerves sarakstā",
                        "Virs finansējuma robežas", "Lēmums");
                assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
                // No text row for the cut-off inside the data: every row is an application.
                for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                    assertThat(sheet.getRow(index).getCell(1).getStringCellValue()).startsWith(key.callYear() + "-");
                }
                Row first = row(sheet, best.applicationNumber());
                int requested = headers.indexOf("Pieprasītā dotācija");
                assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
                assertThat(first.getCell(2).getStringCellValue()).isNotBlank();
                assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Best");
                assertThat(first.getCell(headers.indexOf("Atbilstība")).getNumericCellValue()).isEqualTo(28.0);
                assertThat(first.getCell(requested).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(first.getCell(requested).getNumericCellValue()).isEqualTo(60000.0);
                assertThat(first.getCell(requested).getCellStyle().getDataFormatString()).contains("€");
                assertThat(first.getCell(headers.indexOf("Virs finansējuma robežas")).getStringCellValue())
                        .isEqualTo("jā");
                assertThat(first.getCell(headers.indexOf("Lēmums")).getStringCellValue()).isEqualTo("Apstiprināts");
                Row reserve = row(sheet, thirdOnRelevance.applicationNumber());
                assertThat(reserve.getCell(headers.indexOf("Vieta rezerves sarakstā")).getNumericCellValue())
                        .isEqualTo(1.0);
                assertThat(reserve.getCell(headers.indexOf("Virs finansējuma robežas")).getStringCellValue())
                        .isEqualTo("nē");
                assertThat(row(sheet, failing.applicationNumber()).getCell(headers.indexOf("Lēmums"))
                        .getStringCellValue()).isEqualTo("Noraidīts");
                // The ineligible one shows what it asked for, as the inbox does, not 0.
                Row rejected = row(sheet, ineligible.applicationNumber());
                assertThat(rejected.getCell(requested).getNumericCellValue()).isGreaterThan(0.0);
                assertThat(rejected.getCell(0) == null
                        || rejected.getCell(0).getCellType() == CellType.BLANK).isTrue();
                var summary = workbook.getSheet("Finansējuma robeža");
                assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(100000.0);
            }

            byte[] pdf = mvc.perform(get("/agency/selection/ranking.pdf" + query())
                            .header("Accept-Language", "lv").with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " "))
                        .contains("Rangu saraksts LV01, " + key.callYear() + ". gada " + key.roundNumber() + ". kārta",
                        "Finansējuma robeža", "Atbilstība", "Finansēts", "Rezerves sarakstā", "Noraidīts",
                        "60 000,00 €");
            }
        } finally {
            jdbc.sql("DELETE FROM selection_decision WHERE application_id = ?")
                    .param(ineligible.applicationId().value()).update();
            jdbc.sql("DELETE FROM selection_candidate WHERE application_id = ?")
                    .param(ineligible.applicationId().value()).update();
        }
    }

    private static Row row(org.apache.poi.ss.usermodel.Sheet sheet, String applicationNumber) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && applicationNumber.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row for " + applicationNumber);
    }

    /** Takes back the officer's work on the ranking: decisions, envelope and reduced grants; keeps the scores. */
    private void undoSelection() {
        String ofTheRanking = "SELECT application_id FROM selection_candidate WHERE national_agency_code = ? "
                + "AND call_year = ? AND round_number = ? AND action_type = ?";
        Object[] ranking = {key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType()};
        jdbc.sql("DELETE FROM selection_decision WHERE application_id IN (" + ofTheRanking + ")").params(ranking)
                .update();
        jdbc.sql("DELETE FROM selection_envelope WHERE national_agency_code = ? AND call_year = ? "
                + "AND round_number = ? AND action_type = ?").params(ranking).update();
        jdbc.sql("UPDATE selection_candidate SET granted = requested_grant, grant_reduction_reason = NULL "
                + "WHERE application_id IN (" + ofTheRanking + ")").params(ranking).update();
    }

    /**
     * The officer consolidated the score: points for relevance, design, team, impact, with the experts' comments, which
     * the officer approved as the consolidated assessment comment (issue 17). Published in a transaction, as the
     * assessment module does, and taken in by selection.
     */
    private void assessed(SubmissionSummary submission, int relevance, int design, int team, int impact,
                          String requested, @Nullable String recommended, List<String> comments) {
        int total = relevance + design + team + impact;
        boolean passed = total >= 60 && relevance >= 15 && design >= 10 && team >= 10 && impact >= 15;
        AssessmentCompleted event = new AssessmentCompleted(submission.applicationId(), submission.id(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                submission.roundNumber(), submission.actionType(),
                List.of(new CriterionScore("relevance", relevance, 30, comments),
                        new CriterionScore("design", design, 20, List.of()),
                        new CriterionScore("team", team, 20, List.of()),
                        new CriterionScore("impact", impact, 30, List.of())),
                total, passed, new BigDecimal(requested), recommended == null ? null : new BigDecimal(recommended),
                ilze.id().value(), Instant.now(), String.join("\n\n", comments));
        transaction.executeWithoutResult(status -> publisher.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT total FROM selection_candidate WHERE application_id = ?")
                .param(submission.applicationId().value()).query(Integer.class).optional().orElse(-1) == total);
    }

    private void formallyRejected(SubmissionSummary submission, String reason) {
        FormalCheckCompleted event = new FormalCheckCompleted(submission.applicationId(), submission.id(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                submission.roundNumber(), submission.actionType(), false, reason, List.of("R-ELIG-02"),
                ilze.id().value(), Instant.now());
        transaction.executeWithoutResult(status -> publisher.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM selection_candidate WHERE application_id = ? AND formally_eligible = FALSE")
                .param(submission.applicationId().value()).query(Integer.class).single() == 1);
    }

    private String query() {
        return "?year=" + key.callYear() + "&round=" + key.roundNumber() + "&actionType=" + key.actionType();
    }

    private SignedInUser inLatvian() {
        return new SignedInUser(ilze.id(), ilze.email(), ilze.displayName(), ilze.roles(), ilze.nationalAgencyCode(),
                "lv", true, null);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(ilze))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
