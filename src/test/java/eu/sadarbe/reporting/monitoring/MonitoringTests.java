package eu.sadarbe.reporting.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.AgreementRound;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.ModuleTestAgreements;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.reporting.ProjectCompleted;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportSubmitted;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.web.MailServer;

/**
 * The monitoring page, its spreadsheet and the project's "what is due next" (issue 19, item 6), in both languages;
 * the read model fed by reporting's events; filters that are not understood; who may see what. A module test of
 * reporting with its pages (issue #14, item 8): the real security chain and the modules up to reporting, without the
 * demo data, on an agreement in force of LV01 of the class's own ({@link ModuleTestAgreements}), with its applicant
 * and officers of LV01 and LV02 of its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({SettableClock.AsTheClock.class, MailServer.class})
@AutoConfigureMockMvc
class MonitoringTests {

    static final Instant SUBMITTED = Instant.parse("2001-02-03T04:05:06Z");

    private static ModuleTestData.Draft project;
    private static AgreementInForce agreement;
    private static SignedInUser ilze;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext beans;
    @Autowired Agreements agreements;
    @Autowired ReportRepository reports;
    @Autowired MonitoringIntake intake;
    @Autowired Portfolio portfolio;

    @BeforeEach
    void anAgreementInForceAtLv01() {
        if (agreement == null) {
            ModuleTestData data = new ModuleTestData("reporting", beans);
            ilze = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
            project = data.draft("Monitored " + UUID.randomUUID());
            GrantAgreement inForce = new ModuleTestAgreements(data, beans).inForce(project, "30000.00", ilze);
            agreement = agreements.inForce(inForce.id()).orElseThrow();
        }
    }

    @Test
    void theOfficerSeesTheAgencysAgreementsInForceInBothLanguages() throws Exception {
        mvc.perform(get("/agency/monitoring").with(user(ilze)).header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Spēkā esošo līgumu uzraudzība")))
                .andExpect(content().string(containsString(agreement.number())))
                .andExpect(content().string(containsString("Pārskati (R-REP-01)")))
                .andExpect(content().string(containsString("75\u00a0%")));
        mvc.perform(get("/agency/monitoring").with(user(ilze)).header("Accept-Language", "en")
                        .param("callYear", Integer.toString(agreement.callYear()))
                        .param("round", agreement.callYear() + "/" + agreement.roundNumber())
                        .param("actionType", agreement.actionType()).param("sort", "awarded")
                        .param("direction", "desc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Monitoring of the agreements in force")))
                .andExpect(content().string(containsString(agreement.number())))
                .andExpect(content().string(not(containsString("were not understood"))));
        assertThat(agreements.inForceRoundsAt("LV01")).as("the filters' choices, read in SQL")
                .contains(new AgreementRound(agreement.callYear(), agreement.roundNumber(), agreement.actionType()))
                .containsExactlyElementsOf(agreements.inForceAt("LV01").stream()
                        .map(each -> new AgreementRound(each.callYear(), each.roundNumber(), each.actionType()))
                        .distinct().sorted(java.util.Comparator.comparingInt(AgreementRound::callYear)
                                .thenComparingInt(AgreementRound::roundNumber)
                                .thenComparing(AgreementRound::actionType)).toList());
    }

    @Test
    void filtersItDoesNotUnderstandAreNamedNeverAnError() throws Exception {
        mvc.perform(get("/agency/monitoring").with(user(ilze)).param("callYear", "two thousand")
                        .param("status", "<script>").param("flag", "red").param("sort", "size").param("page", "-7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Some filters were not understood")))
                .andExpect(content().string(containsString("Call year: the value was not understood and is ignored")))
                .andExpect(content().string(containsString("<a href=\"#callYear\">")))
                .andExpect(content().string(containsString("<a href=\"#filters\">Order by")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/agency/monitoring.xlsx").with(user(ilze)).param("round", "x/y"))
                .andExpect(status().isOk());
        mvc.perform(get("/agency/monitoring").with(user(ilze)).param("flag", "late").param("page", "999"))
                .andExpect(status().isOk());
    }

    @Test
    void theSpreadsheetHasTypedCellsInTheOfficersLanguage() throws Exception {
        byte[] xlsx = mvc.perform(get("/agency/monitoring.xlsx").with(user(ilze))
                        .header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("monitoring-LV01-")))
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headers = sheet.getRow(0);
            assertThat(headers.getCell(0).getStringCellValue()).isEqualTo("Līgums");
            assertThat(headers.getCell(10).getStringCellValue()).isEqualTo("Noslēguma pārskata termiņš (R-REP-01)");
            Row row = null;
            for (Row candidate : sheet) {
                if (candidate.getRowNum() > 0 && candidate.getCell(0).getStringCellValue().equals(agreement.number())) {
                    row = candidate;
                }
            }
            assertThat(row).as("the agreement's row").isNotNull();
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(row.getCell(7).getNumericCellValue()))
                    .isEqualByComparingTo(agreement.awardedTotal());
            assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(agreement.projectEnd());
            assertThat(row.getCell(14).getCellType()).as("paid").isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getLastRowNum()).isEqualTo(portfolio.lines("LV01",
                    PortfolioFilter.of(null, null, null, null, null, null, null, null)).size());
        }
    }

    @Test
    void aSubmittedReportsClaimAndTheSettledFinalGrantFeedTheProjectsLine() throws Exception {
        Report report = finalReportOf(agreement);
        BigDecimal expected = intake.reported(report);
        assertThat(expected).as("the budget engine on what the report says").isNotNull();

        intake.on(new ReportSubmitted(report.id(), ReportKind.FINAL, agreement.id(), agreement.applicationId(),
                agreement.applicationNumber(), agreement.agencyCode(), report.dueOn(), SUBMITTED,
                project.applicant().email()));
        // The listeners run on their own threads, as for published events.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> portfolio.of(agreement.id()).orElseThrow().reported() != null);
        PortfolioLine line = portfolio.of(agreement.id()).orElseThrow();
        assertThat(line.reported()).isEqualByComparingTo(expected);
        assertThat(line.absorption()).isEqualByComparingTo(expected.divide(agreement.awardedTotal(), 4,
                java.math.RoundingMode.HALF_UP));
        assertThat(line.lowAbsorption()).isEqualTo(expected.compareTo(
                agreement.awardedTotal().multiply(portfolio.lowAbsorptionShare())) < 0);

        intake.on(new ProjectCompleted(agreement.id(), agreement.applicationId(), agreement.applicationNumber(),
                agreement.agencyCode(), agreement.actionType(), agreement.callYear(), agreement.awardedTotal(),
                new BigDecimal("12345.67"), 71, BigDecimal.ZERO, "Done.", "Paveikts.", "lv",
                LocalDate.of(2022, 1, 31), true));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> portfolio.of(agreement.id()).orElseThrow().completion() != null);
        assertThat(portfolio.of(agreement.id()).orElseThrow().completion().finalGrant())
                .isEqualByComparingTo("12345.67");
        mvc.perform(get("/agency/monitoring").with(user(ilze)))
                .andExpect(content().string(containsString("final grant €12,345.67")));
    }

    @Test
    void theProjectsPeopleSeeWhatIsDueNextOnTheirProjectPageAndNobodyElse() throws Exception {
        SignedInUser applicant = project.applicant();
        mvc.perform(get("/projects/" + agreement.id()).with(user(applicant)).header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kas jādara nākamais")))
                .andExpect(content().string(containsString("/projects/" + agreement.id() + "/due-next")));
        mvc.perform(get("/projects/" + agreement.id() + "/due-next").with(user(applicant))
                        .header("Accept-Language", "lv").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Maksājums")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/projects/" + agreement.id() + "/due-next").with(user(applicant)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("What is due next")));
        ModuleTestData data = new ModuleTestData("reporting", beans);
        mvc.perform(get("/projects/" + agreement.id() + "/due-next").with(user(ilze)))
                .andExpect(status().isOk());
        mvc.perform(get("/projects/" + agreement.id() + "/due-next")
                        .with(user(data.person("Jānis Liepa", Role.NA_OFFICER, "LV02"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + agreement.id() + "/due-next")
                        .with(user(data.person("Pēteris Kalniņš", Role.APPLICANT, null))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/not-an-id/due-next").with(user(applicant))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + UUID.randomUUID() + "/due-next").with(user(applicant)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheAgencysOfficersMonitor() throws Exception {
        mvc.perform(get("/agency/monitoring").with(user(project.applicant()))).andExpect(status().isForbidden());
        mvc.perform(get("/agency/monitoring.xlsx").with(user(project.applicant()))).andExpect(status().isForbidden());
    }

    /** The final report reporting opened when the agreement entered into force. */
    private Report finalReportOf(AgreementInForce agreement) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> reports.find(agreement.id(), ReportKind.FINAL), Optional::isPresent).orElseThrow();
    }
}
