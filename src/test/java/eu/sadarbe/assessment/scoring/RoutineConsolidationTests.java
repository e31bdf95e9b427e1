package eu.sadarbe.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AuditEntry;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.OwnExperts;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.assessment.inbox.StageCounts;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue 13, item 15: 73 clicks for 36 routine consolidations. Routine cases — two experts' totals within the
 * difference that needs a third expert (R-AWD-03) — are listed with their suggestions and consolidated with one
 * confirmation; the consolidation page shows the experts' comments beside their scores. A module test of assessment
 * with its pages, on an application for EE01 and experts of its own ({@link OwnExperts}) in the module's own round.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class RoutineConsolidationTests {

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired Assignments assignments;
    @Autowired Scoring scoring;
    @Autowired Consolidation consolidation;
    @Autowired AuditTrail audit;
    @Autowired ExpertPool pool;
    @Autowired JdbcClient jdbc;
    @Autowired InboxEntries inboxEntries;

    ModuleTestData data;
    OwnExperts experts;
    ExpertWork work;
    SignedInUser officer;

    @BeforeEach
    void twoExpertsOfEe01() {
        data = new ModuleTestData("assessment", beans);
        experts = new OwnExperts(data, pool);
        officer = experts.officer();
        for (String name : List.of("Mari Kask", "Jaan Saar")) {
            experts.expert(name, null);
        }
        work = new ExpertWork(experts, assignments, scoring);
    }

    @AfterEach
    void retireThem() {
        experts.retire();
    }

    @Test
    void routineCasesAreConsolidatedWithTheirSuggestionsInOneConfirmation() throws Exception {
        Assessable application = data.eligible(data.submit(data.draftForEe01("Routine case")), officer);
        List<Assignment> two = twoExpertsByHand(application);
        work.submit(two.get(0), new Scores(25, 16, 16, 25));   // 82
        work.submit(two.get(1), new Scores(21, 14, 14, 21));   // 70: 12 apart, no third expert
        StageCounts.keptAsCounted(inboxEntries, jdbc, OwnExperts.AGENCY);   // issue 21: assigned and scored, as kept

        String list = mvc.perform(get("/agency/assessments").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"routine-link\"");
        String confirm = mvc.perform(get("/agency/assessments/routine").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains(application.applicationNumber(), "82 · 70", "id=\"routine-confirm\"");
        String latvian = mvc.perform(get("/agency/assessments/routine").header("Accept-Language", "lv")
                .with(user(officer))).andReturn().getResponse().getContentAsString();
        assertThat(latvian).contains("Apkopot ierastos gadījumus");
        String page = mvc.perform(get("/agency/assessments/{id}", application.applicationId()).with(user(officer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"expert-comments\"", ExpertWork.COMMENT, two.get(0).expertName());

        mvc.perform(post("/agency/assessments/routine").with(csrf()).with(user(officer))
                        .param("application", application.applicationId().value().toString())
                        .param("application", application.applicationId().value().toString()))
                .andExpect(redirectedUrl("/agency/assessments"));

        AssessmentState state = consolidation.state(officer, application.applicationId());
        assertThat(state.consolidation()).hasValueSatisfying(consolidated -> {
            assertThat(consolidated.scores()).isEqualTo(new Scores(23, 15, 15, 23));
            assertThat(consolidated.overrideReason()).isNull();
        });
        assertThat(state.routine()).isFalse();
        assertThat(audit.of(application.applicationId())).filteredOn(entry -> entry.action().equals("consolidated"))
                .singleElement().extracting(AuditEntry::actorEmail).isEqualTo(officer.email());
        assertThat(consolidation.consolidateRoutine(officer, List.of(application.applicationId())))
                .as("a consolidated application is no routine case any more").isZero();

        StageCounts.keptAsCounted(inboxEntries, jdbc, OwnExperts.AGENCY);   // consolidated, as kept
        roundDashboardSearchAndExport(officer, application);
    }

    /**
     * Issue 13, item 16: the round dashboard counts and links each stage, the inbox searches by applicant, Organisation
     * ID, number or title, and every score and comment of the round comes as a typed spreadsheet and as CSV.
     */
    private void roundDashboardSearchAndExport(SignedInUser officer, Assessable application) throws Exception {
        String number = application.applicationNumber();
        String round = application.callYear() + "-" + application.roundNumber();
        String dashboard = mvc.perform(get("/agency/rounds").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("id=\"stages-" + round + "\"", "round=" + round + "&amp;stage=consolidated",
                "/agency/rounds/" + round + "/scores.xlsx");
        assertThat(mvc.perform(get("/agency/rounds").header("Accept-Language", "lv").with(user(officer)))
                .andReturn().getResponse().getContentAsString()).contains("Gala vērtējums apkopots");
        for (String stage : List.of("submitted", "formally-checked", "assigned", "scored", "consolidated")) {
            assertThat(inbox("round=" + round + "&stage=" + stage, officer)).as(stage).contains(number);
        }
        assertThat(inbox("round=" + round + "&stage=decided", officer)).doesNotContain(number);
        assertThat(inbox("search=ROUTINE", officer)).contains(number);
        assertThat(inbox("search=" + number, officer)).contains(number);
        assertThat(inbox("round=" + round + "&search=E10000003", officer)).as("a partner's Organisation ID")
                .contains(number);
        assertThat(inbox("round=" + round + "&search=E99999999", officer)).doesNotContain(number);
        assertThat(inbox("round=" + round + "&search=%25", officer)).as("no wildcard from the request")
                .doesNotContain(number);

        byte[] xlsx = mvc.perform(get("/agency/rounds/{round}/scores.xlsx", round).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).contains("Relevance");
            var row = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(found -> found.getCell(0).getStringCellValue().equals(number)).findFirst().orElseThrow();
            assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(row.getCell(5).getNumericCellValue()).isIn(25.0, 21.0);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo(ExpertWork.COMMENT);
            assertThat(row.getCell(16).getNumericCellValue()).isEqualTo(76.0);
            // The expert's submission as a date cell, the header bold and frozen
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(row.getCell(17))).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
        String csv = mvc.perform(get("/agency/rounds/{round}/scores.csv", round).header("Accept-Language", "lv")
                        .with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(number, ExpertWork.COMMENT, "Trešais eksperts");
        // Latvian Excel: a byte-order mark and semicolons by default on a Latvian page; commas when asked for
        assertThat(csv).startsWith("\uFEFF").contains(";Trešais eksperts;");
        assertThat(mvc.perform(get("/agency/rounds/{round}/scores.csv?separator=comma", round)
                        .header("Accept-Language", "lv")
                        .with(user(officer))).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8)).contains(",Trešais eksperts,");
        mvc.perform(get("/agency/rounds/2019-x/scores.csv").with(user(officer))).andExpect(status().isNotFound());
    }

    /** The inbox page, highest application number first: the other tests' applications of the round come after. */
    private String inbox(String query, SignedInUser officer) throws Exception {
        return mvc.perform(get("/agency/applications?" + query + "&direction=desc").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The test's two experts, assigned by hand and accepted. */
    private List<Assignment> twoExpertsByHand(Assessable application) {
        return experts.all().stream().map(expert -> work.accept(assignments.assign(officer,
                application.applicationId(), expert.id(), false))).toList();
    }
}
