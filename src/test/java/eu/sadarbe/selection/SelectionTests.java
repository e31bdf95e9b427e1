package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;

/** R-AWD-05 end to end: the officer's ranking page, what-if, reduced grants, decisions, exports. */
@SubmissionTest
@RecordApplicationEvents
@DisplayName("R-AWD-05")
class SelectionTests {

    static final RankingKey KEY = new RankingKey("LV01", 2020, 3, "KA202");
    static final String PAGE = "/agency/selection?year=2020&round=3&actionType=KA202";

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
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    SubmissionDesk desk;

    @Autowired
    AccountRegister accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    SettableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    SelectionTestData fixtures;

    SignedInUser ilze;

    static SubmissionSummary best;
    static SubmissionSummary secondOnRelevance;
    static SubmissionSummary thirdOnRelevance;
    static SubmissionSummary failing;

    /** Four assessed applications, made once for the class; each test starts from no decision and no envelope. */
    @BeforeEach
    void fourAssessedApplications() {
        fixtures = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher, jdbc, clock);
        ilze = fixtures.person(SubmissionFixtures.ILZE);
        if (best != null && fixtures.knows(best) && fixtures.knows(failing)) {
            fixtures.undoSelection();
            fixtures.afterTheDeadline();
            return;
        }
        fixtures.emptyRanking();
        best = fixtures.submitted("Best", "en");
        secondOnRelevance = fixtures.submitted("Second", "en");
        thirdOnRelevance = fixtures.submitted("Third", "en");
        failing = fixtures.submitted("Failing", "en");
        fixtures.assessed(best, 28, 18, 18, 26, "60000", null, List.of("Strong"));
        fixtures.assessed(thirdOnRelevance, 24, 18, 18, 20, "30000", "25000", List.of("Fine"));
        fixtures.assessed(secondOnRelevance, 26, 18, 16, 20, "40000", null, List.of("Good"));
        fixtures.assessed(failing, 14, 10, 10, 16, "10000", null, List.of("Weak"));
        fixtures.afterTheDeadline();
    }

    @Test
    void showsTheRankingWithTheCutOffTheReserveListAndTheFailingOnesApart() throws Exception {
        selection.setEnvelope(KEY, new BigDecimal("100000.00"), 10, ilze);

        String page = page(PAGE);

        assertThat(page).containsSubsequence(best.applicationNumber(), secondOnRelevance.applicationNumber(),
                "id=\"cut-off\"", thirdOnRelevance.applicationNumber(), "Reserve 1", "id=\"failing-table\"",
                failing.applicationNumber());
        assertThat(page).contains("2 of 3 passing applications funded: €100,000.00 of the envelope of €100,000.00");
    }

    @Test
    void fundsOnlyWhatFitsWhenTheEnvelopeIsOneCentShort() {
        selection.setEnvelope(KEY, new BigDecimal("99999.99"), 10, ilze);

        assertThat(selection.ranking(KEY, ilze).cutOffRank()).isEqualTo(1);
    }

    @Test
    void recalculatesTheCutOffForAWhatIfEnvelopeWithoutSavingIt() throws Exception {
        selection.setEnvelope(KEY, new BigDecimal("60000"), 10, ilze);

        String fragment = mvc.perform(get(PAGE + "&whatIf=130000").header("HX-Request", "true").with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html").contains("3 of 3 passing applications funded", "What-if");
        assertThat(selection.envelope(KEY, ilze).amount()).isEqualByComparingTo("60000");
        assertThat(selection.ranking(KEY, ilze).cutOffRank()).isEqualTo(1);
    }

    @Test
    void aGrantReducedToTheExpertsRecommendationMovesTheCutOffAndIsAudited() throws Exception {
        selection.setEnvelope(KEY, new BigDecimal("125000"), 10, ilze);
        assertThat(selection.ranking(KEY, ilze).cutOffRank()).isEqualTo(2);

        mvc.perform(post("/agency/selection/applications/{id}/grant", thirdOnRelevance.applicationId())
                        .param("amount", "25000").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(selection.ranking(KEY, ilze).cutOffRank()).isEqualTo(3);
        assertThat(audit.of(thirdOnRelevance.applicationId())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("selection.grantChanged");
            assertThat(entry.before()).isEqualTo("30000.00");
            assertThat(entry.after()).isEqualTo("25000");
            assertThat(entry.actorEmail()).isEqualTo(SubmissionFixtures.ILZE);
        });
    }

    /** Issue 13, item 15: the ranking offers the experts' recommended grant, and taking it returns to the ranking. */
    @Test
    void theRankingOffersTheExpertsRecommendedGrant() throws Exception {
        String page = page(PAGE);
        assertThat(page).contains("name=\"returnTo\" value=\"ranking\"", "value=\"25000.00\"", "€25,000.00</span>");
        assertThat(page.split("class=\"recommended-grant\"", -1)).as("only where the experts recommend less").hasSize(2);

        mvc.perform(post("/agency/selection/applications/{id}/grant", thirdOnRelevance.applicationId())
                        .param("amount", "25000.00").param("returnTo", "ranking").with(user(ilze)).with(csrf()))
                .andExpect(redirectedUrl(PAGE));

        assertThat(selection.candidate(thirdOnRelevance.applicationId(), ilze).granted())
                .isEqualByComparingTo("25000");
        assertThat(page(PAGE)).doesNotContain("class=\"recommended-grant\"");
    }

    /** Issue 13, item 17: "300,000" or "abc" silently showed the saved envelope; now a field error, in both paths. */
    @Test
    void anInvalidWhatIfAmountIsAFieldErrorAndALocaleFormattedOneIsRead() throws Exception {
        selection.setEnvelope(KEY, new BigDecimal("60000"), 10, ilze);

        String invalid = page(PAGE + "&whatIf=abc");
        assertThat(invalid).contains("id=\"whatIf-error\"", "value=\"abc\"", "id=\"what-if-invalid\"");
        String fragment = mvc.perform(get(PAGE + "&whatIf=abc").header("HX-Request", "true").with(user(ilze)))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"what-if-invalid\"").doesNotContain("What-if");
        String grouped = mvc.perform(get(PAGE + "&whatIf=130,000").header("HX-Request", "true").with(user(ilze)))
                .andReturn().getResponse().getContentAsString();
        assertThat(grouped).contains("3 of 3 passing applications funded", "What-if")
                .doesNotContain("id=\"what-if-invalid\"");
        String latvian = mvc.perform(get(PAGE + "&whatIf=130 000,00").header("Accept-Language", "lv")
                        .with(user(fixtures.person(SubmissionFixtures.ILZE, "lv"))))
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
        selection.setEnvelope(KEY, new BigDecimal("100000"), 10, ilze);

        mvc.perform(post("/agency/selection/decisions").param("year", "2020").param("round", "3")
                        .param("actionType", "KA202").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var decisions = selection.decisions(KEY, ilze);
        assertThat(decisions.get(best.applicationId()).outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(decisions.get(best.applicationId()).granted()).isEqualByComparingTo("60000");
        assertThat(decisions.get(best.applicationId()).decidedByEmail()).isEqualTo(SubmissionFixtures.ILZE);
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
        selection.recordDecisions(KEY, ilze);
        assertThat(selection.decisions(KEY, ilze).get(thirdOnRelevance.applicationId()).outcome())
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
        selection.setEnvelope(KEY, new BigDecimal("100000"), 10, ilze);
        selection.recordDecisions(KEY, ilze);
        assertThat(page(PAGE)).contains("Selected: 2, for €100,000.00 of the envelope of €100,000.00; €0.00 left.");

        var refused = mvc.perform(post("/agency/selection/applications/{id}/decision",
                        thirdOnRelevance.applicationId()).param("outcome", "SELECTED")
                        .param("reason", "Strategic priority").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(refused.get("problem")).isEqualTo("selection.problem.overEnvelopeReasonRequired");
        assertThat(refused.get("overBy")).isEqualTo("€30,000.00");
        assertThat(selection.decisions(KEY, ilze).get(thirdOnRelevance.applicationId()).outcome())
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

        assertThat(page(PAGE)).contains("Over the envelope",
                "Selected: 3, for €130,000.00 of the envelope of €100,000.00;", "€30,000.00 over the envelope.");
        assertThat(mvc.perform(get(PAGE).header("Accept-Language", "lv").with(user(fixtures.person(
                        SubmissionFixtures.ILZE, "lv")))).andReturn().getResponse().getContentAsString())
                .contains("budžeta apjoms pārsniegts par");
        mvc.perform(get("/api/v1/agency/LV01/ranking?year=2020&round=3&actionType=KA202").with(user(ilze)))
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
        clock.reset();   // submitted before the deadline, found ineligible after it
        SubmissionSummary ineligible = fixtures.submitted("Ineligible", "en");
        fixtures.afterTheDeadline();
        fixtures.formallyRejected(ineligible, "Too few partners");
        try {
            selection.setEnvelope(KEY, new BigDecimal("100000"), 10, ilze);
            selection.recordDecisions(KEY, ilze);

            byte[] xlsx = mvc.perform(get("/agency/selection/ranking.xlsx?year=2020&round=3&actionType=KA202")
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
                    assertThat(sheet.getRow(index).getCell(1).getStringCellValue()).startsWith("2020-");
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

            byte[] pdf = mvc.perform(get("/agency/selection/ranking.pdf?year=2020&round=3&actionType=KA202")
                            .header("Accept-Language", "lv").with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " "))
                        .contains("Rangu saraksts LV01, 2020. gada 3. kārta",
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

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(ilze))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
