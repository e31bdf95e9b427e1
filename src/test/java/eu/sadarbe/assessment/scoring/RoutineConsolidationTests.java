package eu.sadarbe.assessment.scoring;

import static eu.sadarbe.assessment.AssessmentFixtures.ILZE;
import static eu.sadarbe.assessment.AssessmentFixtures.KA202_EXPERTS_LV01;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.assessment.AssessmentFixtures;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.assessment.AuditEntry;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.assessment.inbox.StageCounts;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Issue 13, item 15: 73 clicks for 36 routine consolidations. Routine cases — two experts' totals within the
 * difference that needs a third expert (R-AWD-03) — are listed with their suggestions and consolidated with one
 * confirmation; the consolidation page shows the experts' comments beside their scores.
 */
@SubmissionTest
class RoutineConsolidationTests {

    @Autowired MockMvc mvc;
    @Autowired Assignments assignments;
    @Autowired Scoring scoring;
    @Autowired Consolidation consolidation;
    @Autowired AuditTrail audit;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired AccountRegister accounts;
    @Autowired SettableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired AssessableApplications assessable;
    @Autowired BackOfficeStatuses backOffice;
    @Autowired JdbcClient jdbc;
    @Autowired InboxEntries inboxEntries;

    @Test
    void routineCasesAreConsolidatedWithTheirSuggestionsInOneConfirmation() throws Exception {
        AssessmentFixtures fixtures = new AssessmentFixtures(rounds, drafting, desk, accounts, clock, transaction,
                events, assessable, backOffice);
        ExpertWork work = new ExpertWork(fixtures, assignments, scoring);
        SignedInUser ilze = fixtures.person(ILZE);
        Assessable application = fixtures.eligibleApplication(4, "Routine case");
        try {
            List<Assignment> two = twoExpertsByHand(fixtures, work, application);
            work.submit(two.get(0), new Scores(25, 16, 16, 25));   // 82
            work.submit(two.get(1), new Scores(21, 14, 14, 21));   // 70: 12 apart, no third expert
            StageCounts.keptAsCounted(inboxEntries, jdbc, "LV01");   // issue 21: assigned and scored, as kept

            String list = mvc.perform(get("/agency/assessments").with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(list).contains("id=\"routine-link\"");
            String confirm = mvc.perform(get("/agency/assessments/routine").with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(confirm).contains(application.applicationNumber(), "82 · 70", "id=\"routine-confirm\"");
            String latvian = mvc.perform(get("/agency/assessments/routine").header("Accept-Language", "lv")
                    .with(user(ilze))).andReturn().getResponse().getContentAsString();
            assertThat(latvian).contains("Apkopot ierastos gadījumus");
            String page = mvc.perform(get("/agency/assessments/{id}", application.applicationId()).with(user(ilze)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"expert-comments\"", ExpertWork.COMMENT, two.get(0).expertName());

            mvc.perform(post("/agency/assessments/routine").with(csrf()).with(user(ilze))
                            .param("application", application.applicationId().value().toString())
                            .param("application", application.applicationId().value().toString()))
                    .andExpect(redirectedUrl("/agency/assessments"));

            AssessmentState state = consolidation.state(ilze, application.applicationId());
            assertThat(state.consolidation()).hasValueSatisfying(consolidated -> {
                assertThat(consolidated.scores()).isEqualTo(new Scores(23, 15, 15, 23));
                assertThat(consolidated.overrideReason()).isNull();
            });
            assertThat(state.routine()).isFalse();
            assertThat(audit.of(application.applicationId())).filteredOn(entry -> entry.action().equals("consolidated"))
                    .singleElement().extracting(AuditEntry::actorEmail).isEqualTo(ILZE);
            assertThat(consolidation.consolidateRoutine(ilze, List.of(application.applicationId())))
                    .as("a consolidated application is no routine case any more").isZero();

            StageCounts.keptAsCounted(inboxEntries, jdbc, "LV01");   // consolidated, as kept
            roundDashboardSearchAndExport(ilze, application);
        } finally {
            jdbc.sql("UPDATE assessment_assignment SET status = 'REPLACED' WHERE application_id = ?")
                    .param(application.applicationId().value()).update();
            // What the round dashboard keeps of the assignments (issue 21): none of them counts any more
            jdbc.sql("UPDATE assessment_inbox SET assignments_counting = 0, assignments_submitted = 0,"
                    + " assignments_open = 0 WHERE application_id = ?")
                    .param(application.applicationId().value()).update();
        }
    }

    /**
     * Issue 13, item 16: the round dashboard counts and links each stage, the inbox searches by applicant, Organisation
     * ID, number or title, and every score and comment of the round comes as a typed spreadsheet and as CSV.
     */
    private void roundDashboardSearchAndExport(SignedInUser ilze, Assessable application) throws Exception {
        String number = application.applicationNumber();
        String dashboard = mvc.perform(get("/agency/rounds").with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("id=\"stages-2019-4\"", "round=2019-4&amp;stage=consolidated",
                "/agency/rounds/2019-4/scores.xlsx");
        assertThat(mvc.perform(get("/agency/rounds").header("Accept-Language", "lv").with(user(ilze)))
                .andReturn().getResponse().getContentAsString()).contains("Gala vērtējums apkopots");
        for (String stage : List.of("submitted", "formally-checked", "assigned", "scored", "consolidated")) {
            assertThat(inbox("round=2019-4&stage=" + stage, ilze)).as(stage).contains(number);
        }
        assertThat(inbox("round=2019-4&stage=decided", ilze)).doesNotContain(number);
        assertThat(inbox("search=ROUTINE", ilze)).contains(number);
        assertThat(inbox("search=" + number, ilze)).contains(number);
        assertThat(inbox("round=2019-4&search=E10000003", ilze)).as("a partner's Organisation ID").contains(number);
        assertThat(inbox("round=2019-4&search=E99999999", ilze)).doesNotContain(number);
        assertThat(inbox("round=2019-4&search=%25", ilze)).as("no wildcard from the request").doesNotContain(number);

        byte[] xlsx = mvc.perform(get("/agency/rounds/2019-4/scores.xlsx").with(user(ilze)))
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
        String csv = mvc.perform(get("/agency/rounds/2019-4/scores.csv").header("Accept-Language", "lv")
                        .with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(number, ExpertWork.COMMENT, "Trešais eksperts");
        // Latvian Excel: a byte-order mark and semicolons by default on a Latvian page; commas when asked for
        assertThat(csv).startsWith("\uFEFF").contains(";Trešais eksperts;");
        assertThat(mvc.perform(get("/agency/rounds/2019-4/scores.csv?separator=comma").header("Accept-Language", "lv")
                        .with(user(ilze))).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8)).contains(",Trešais eksperts,");
        mvc.perform(get("/agency/rounds/2019-x/scores.csv").with(user(ilze))).andExpect(status().isNotFound());
    }

    private String inbox(String query, SignedInUser officer) throws Exception {
        return mvc.perform(get("/agency/applications?" + query).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Two experts of the pool free in the round, assigned by hand and accepted. */
    private List<Assignment> twoExpertsByHand(AssessmentFixtures fixtures, ExpertWork work, Assessable application) {
        List<Assignment> two = new ArrayList<>();
        SignedInUser ilze = fixtures.person(ILZE);
        for (String email : KA202_EXPERTS_LV01) {
            if (two.size() == 2) {
                break;
            }
            try {
                two.add(work.accept(assignments.assign(ilze, application.applicationId(),
                        fixtures.person(email).id(), false)));
            } catch (RuntimeException busyOrInConflict) {
                // the expert assesses this applicant in the round already, or is otherwise unsuitable
            }
        }
        assertThat(two).hasSize(2);
        return two;
    }
}
