package eu.sadarbe.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.ModuleTestAgreements;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.payments.Payments;
import eu.sadarbe.reporting.ReportFixtures;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.domain.Narrative;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportContent;
import eu.sadarbe.reporting.domain.ReportDesk;
import eu.sadarbe.reporting.domain.ReportOpening;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.ReportedMeeting;
import eu.sadarbe.reporting.domain.ResultsSummary;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.web.MailServer;

/**
 * The officer's side of reports over HTTP, as on the pages: the agency's submitted reports page by page; one
 * report's assessment (awarded / reported / eligible / accepted per category, the final grant, the balance); a line
 * marked ineligible with its reason takes its amounts away and comes back when undone (R-RED-02); the score reduces
 * the final grant by its band (R-RED-01); approval needs the score and settles the report. Refusals answer
 * problem+json in both languages with the rule: no reason, an unknown line, a score out of range, approval before
 * scoring, anything after the decision; a report returned for changes is open again; another agency's officer (403 for the list, 404 for a report, as for an
 * unknown one), the project's coordinator (403) and anonymous callers (401). A module test of reporting with its
 * pages and the real security chain (issue #14, item 8), without the demo data: each test's report is on a copy of
 * an agreement in force of the class's own ({@link ModuleTestAgreements}), written by its applicant; officers of LV01
 * and LV02 of its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({SettableClock.AsTheClock.class, MailServer.class})
@AutoConfigureMockMvc
class SettlementApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ESTONIAN_PARTNER = "E10000002";
    private static AgreementInForce source;
    private static SignedInUser ilze;
    private static SignedInUser janis;
    private static SignedInUser coordinators;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext beans;
    @Autowired ReportOpening opening;
    @Autowired ReportRepository reports;
    @Autowired ReportDesk desk;
    @Autowired Agreements agreements;
    @Autowired ApplicationRegister applications;
    @Autowired AccountRegister accounts;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;
    @Autowired Payments payments;

    ReportFixtures fixtures;
    Report report;
    String api;

    /** A final report of a copy of the class's agreement of LV01, with a meeting and the summary, submitted. */
    @BeforeEach
    void aSubmittedFinalReport() {
        if (source == null) {
            ModuleTestData data = new ModuleTestData("reporting", beans);
            ilze = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
            janis = data.person("Jānis Liepa", Role.NA_OFFICER, "LV02");
            ModuleTestData.Draft project = data.draft("Settled " + UUID.randomUUID());
            source = agreements.inForce(new ModuleTestAgreements(data, beans).inForce(project, "30000.00", ilze)
                    .id()).orElseThrow();
            coordinators = project.applicant();
        }
        fixtures = new ReportFixtures(agreements, applications, accounts, jdbc);
        AgreementInForce agreement = fixtures.copy(source, LocalDate.of(2038, 1, 1)
                .plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3000)), PaymentScheme.ONE_PREFINANCING);
        opening.open(agreement.id());
        report = submitted(agreement, reports.find(agreement.id(), ReportKind.FINAL).orElseThrow(), coordinators);
        api = "/api/v1/agency/reports/" + report.id();
    }

    /**
     * An agreement of its own that went the whole way (submitted, selected, signed: in force, with its payment orders),
     * so that approving its final report orders the balance; its report written by its applicant.
     */
    private void aProjectWithItsPaymentOrders() {
        ModuleTestData data = new ModuleTestData("reporting", beans);
        ModuleTestData.Draft project = data.draft("Settled over the API " + UUID.randomUUID());
        GrantAgreementId id = new ModuleTestAgreements(data, beans).inForce(project, "30000.00", ilze).id();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> payments.paidSoFar(id) != null);
        AgreementInForce agreement = agreements.inForce(id).orElseThrow();
        Report opened = eu.sadarbe.reporting.participants.ReportFixtures.report(id, ReportKind.FINAL, agreements,
                reports, clock);
        report = submitted(agreement, opened, project.applicant());
        api = "/api/v1/agency/reports/" + report.id();
    }

    private Report submitted(AgreementInForce agreement, Report opened, SignedInUser writer) {
        ReportContent content = new ReportContent(new Narrative("Mēs tikāmies Rīgā.", "", "", ""),
                new ResultsSummary("Teachers learnt to teach reading together.",
                        "Skolotāji iemācījās kopā mācīt lasīt.", agreement.language()),
                List.of(new ReportedMeeting("M-1", agreement.beneficiaryOrganisationId(),
                        agreement.projectStart().plusDays(30), List.of(new MeetingTraveller(ESTONIAN_PARTNER, 2, 1200)))),
                List.of(), List.of(), List.of(), List.of(), List.of());
        for (ReportSection section : List.of(ReportSection.NARRATIVE, ReportSection.SUMMARY, ReportSection.MEETINGS)) {
            desk.save(opened.id(), section, content, opened.version(section).version(), writer);
        }
        return desk.submit(opened.id(), writer);
    }

    @Test
    void theOfficerListsAssessesMarksScoresAndApproves() throws Exception {
        assertThat(listed("LV01", report.id().value())).isTrue();
        mvc.perform(get("/api/v1/agency/LV01/reports").param("status", "CLOSED").param("size", "1").with(user(ilze)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.reports.length()").value(Matchers.lessThanOrEqualTo(1)));

        JsonNode before = json(mvc.perform(get(api + "/assessment").with(user(ilze))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.kind").value("FINAL"))
                .andExpect(jsonPath("$.categories.length()").value(BudgetCategory.values().length))
                .andExpect(jsonPath("$.lines[?(@.id == 'M-1')].eligible").value(true))
                .andExpect(jsonPath("$.score.rule").value("R-RED-01"))
                .andExpect(jsonPath("$.score.points").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.score.maximum").value(100))
                .andExpect(jsonPath("$.reduction.band").value("NONE"))
                .andExpect(jsonPath("$.summary.rule").value("R-REP-02"))
                .andExpect(jsonPath("$.summary.complete").value(true))
                .andExpect(jsonPath("$.transfer.rule").value("R-BUD-01"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        BigDecimal reported = before.path("totals").path("reported").decimalValue();
        assertThat(reported).isPositive();
        assertThat(before.path("totals").path("eligible").decimalValue()).isEqualByComparingTo(reported);

        // R-RED-02: a reason is required; the line must be one of the report's.
        mvc.perform(put(api + "/lines/M-1/eligibility").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eligible\": false, \"reason\": \" \"}").header("Accept-Language", "lv")
                        .with(user(ilze)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("R-RED-02"))
                .andExpect(jsonPath("$.title").value(Matchers.not(Matchers.emptyOrNullString())))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Norādiet")));
        mvc.perform(put(api + "/lines/NOPE/eligibility").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eligible\": false, \"reason\": \"x\"}").header("Accept-Language", "en")
                        .with(user(ilze)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R-RED-02"))
                .andExpect(jsonPath("$.detail").value("The report has no such line."));
        mvc.perform(put(api + "/lines/M-1/eligibility").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"x\"}").with(user(ilze)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(put(api + "/lines/M-1/eligibility").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eligible\": false, \"reason\": \"The meeting did not take place.\"}")
                        .with(user(ilze)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ineligible[0].lineId").value("M-1"))
                .andExpect(jsonPath("$.ineligible[0].rule").value("R-RED-02"))
                .andExpect(jsonPath("$.ineligible[0].reason").value("The meeting did not take place."))
                .andExpect(jsonPath("$.lines[?(@.id == 'M-1')].eligible").value(false))
                .andExpect(jsonPath("$.totals.eligible").value(Matchers.lessThan(reported.doubleValue())));
        mvc.perform(put(api + "/lines/M-1/eligibility").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eligible\": true}").with(user(ilze)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ineligible.length()").value(0))
                .andExpect(jsonPath("$.lines[?(@.id == 'M-1')].eligible").value(true));

        // R-RED-01: no approval before the score; the score within 0 to the maximum.
        mvc.perform(post(api + "/approval").header("Accept-Language", "lv").with(user(ilze)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R-RED-01"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("novērtējiet")));
        for (String body : List.of("{\"score\": 101}", "{\"score\": -1}", "{\"comments\": \"no score\"}")) {
            mvc.perform(put(api + "/score").contentType(MediaType.APPLICATION_JSON).content(body)
                            .with(user(ilze)).with(csrf()))
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R-RED-01"));
        }
        // Scored and approved on a project with its payment orders: the balance is ordered.
        aProjectWithItsPaymentOrders();
        JsonNode scored = json(mvc.perform(put(api + "/score").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\": 45, \"comments\": \"Vāja izplatīšana.\"}").with(user(ilze)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score.points").value(45))
                .andExpect(jsonPath("$.score.comments").value("Vāja izplatīšana."))
                .andExpect(jsonPath("$.reduction.band").value("LIGHT"))
                .andExpect(jsonPath("$.reduction.percent").value(25))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        BigDecimal accepted = scored.path("totals").path("accepted").decimalValue();
        BigDecimal cut = scored.path("reduction").path("amount").decimalValue();
        assertThat(cut).isEqualByComparingTo(accepted.multiply(new BigDecimal("0.25"))
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(scored.path("finalGrant").decimalValue()).isEqualByComparingTo(accepted.subtract(cut));
        assertThat(scored.path("balance").decimalValue()).isEqualByComparingTo(
                accepted.subtract(cut).subtract(scored.path("paid").decimalValue()));

        JsonNode approved = json(mvc.perform(post(api + "/approval").with(user(ilze)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value(ReportStatus.CLOSED.name()))
                .andExpect(jsonPath("$.decision.decidedBy").value(ilze.email()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(approved.path("finalGrant").decimalValue()).isEqualByComparingTo(accepted.subtract(cut));
        mvc.perform(put(api + "/score").contentType(MediaType.APPLICATION_JSON).content("{\"score\": 90}")
                        .with(user(ilze)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(listed("LV01", report.id().value())).isFalse();
    }

    @Test
    void onlyTheReportsAgencysOfficersReachIt() throws Exception {
        // Another agency's officer: its list is refused; the report answers as an unknown one does.
        mvc.perform(get("/api/v1/agency/LV01/reports").header("Accept-Language", "lv").with(user(janis)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("valsts aģentūras")));
        mvc.perform(get("/api/v1/agency/LV01/reports").header("Accept-Language", "en").with(user(janis)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not allowed"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Only an officer of this")));
        for (MockHttpServletRequestBuilder request : List.of(get(api + "/assessment"),
                put(api + "/score").contentType(MediaType.APPLICATION_JSON).content("{\"score\": 90}"),
                put(api + "/lines/M-1/eligibility").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eligible\": false, \"reason\": \"x\"}"),
                post(api + "/approval"))) {
            mvc.perform(request.header("Accept-Language", "en").with(user(janis)).with(csrf()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Not found"))
                    .andExpect(jsonPath("$.detail").value("There is no such report."));
        }
        mvc.perform(get("/api/v1/agency/LV02/reports").with(user(janis))).andExpect(status().isOk());

        // The project's coordinator reads the report, but not the agency's assessment.
        mvc.perform(get(api + "/assessment").with(user(coordinators))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(api + "/score").contentType(MediaType.APPLICATION_JSON).content("{\"score\": 90}")
                .with(user(coordinators)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/LV01/reports").with(user(coordinators))).andExpect(status().isForbidden());

        // Nobody signed in.
        mvc.perform(get(api + "/assessment")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(api + "/approval")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/agency/LV01/reports")).andExpect(status().isUnauthorized());

        // Returned for changes, with what to change: the project writes it again.
        mvc.perform(post(api + "/return").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}")
                        .header("Accept-Language", "en").with(user(janis)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(api + "/return").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}")
                        .header("Accept-Language", "lv").with(user(ilze)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Pieprasījumu nevar izpildīt"));
        mvc.perform(post(api + "/return").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Add the dates of the meeting.\"}").with(user(ilze)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        assertThat(reports.find(report.id()).orElseThrow().status()).isEqualTo(ReportStatus.OPEN);
        mvc.perform(put(api + "/score").contentType(MediaType.APPLICATION_JSON).content("{\"score\": 90}")
                        .with(user(ilze)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        report = desk.submit(report.id(), coordinators);

        // An unknown report, a malformed id or body: problems, never a 500; nothing changed.
        mvc.perform(get("/api/v1/agency/reports/" + UUID.randomUUID() + "/assessment").with(user(ilze)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agency/reports/not-an-id/assessment").with(user(ilze)))
                .andExpect(status().isBadRequest());
        mvc.perform(put(api + "/score").contentType(MediaType.APPLICATION_JSON).content("{\"score\": \"many\"")
                        .with(user(ilze)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/agency/LV01/reports").param("status", "NOPE").with(user(ilze)))
                .andExpect(status().isBadRequest());
        mvc.perform(get(api + "/assessment").with(user(ilze))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.score.points").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.ineligible.length()").value(0));
    }

    /**
     * Issue #21: the list is paged in SQL. Pages of two, one after another, give every submitted report of the agency
     * once, by due date, as the whole list does; a page beyond the last gives the last; the kind filter and the
     * officers' page's search (the agreement number) keep working with the count of what matches.
     */
    @Test
    void pagesOfTheAgencysReportsAddUpToTheWholeListInItsOrder() throws Exception {
        // Three reports of its own at least, so that there are pages of two to add up without the demo data.
        aSubmittedFinalReport();
        aSubmittedFinalReport();
        List<Report> whole = reports.ofAgency("LV01", ReportStatus.SUBMITTED);
        List<String> paged = new ArrayList<>();
        List<LocalDate> due = new ArrayList<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode answer = json(mvc.perform(get("/api/v1/agency/LV01/reports").param("size", "2")
                            .param("page", String.valueOf(page)).with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(answer.path("total").asInt()).isEqualTo(whole.size());
            assertThat(answer.path("page").asInt()).isEqualTo(page);
            pages = answer.path("pages").asInt();
            answer.path("reports").forEach(entry -> {
                paged.add(entry.path("id").asString());
                due.add(LocalDate.parse(entry.path("dueOn").asString()));
            });
        }
        assertThat(paged).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(whole.stream().map(each -> each.id().value().toString()).toList());
        assertThat(due).isSorted();
        mvc.perform(get("/api/v1/agency/LV01/reports").param("size", "2").param("page", "9999").with(user(ilze)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page").value(pages - 1))
                .andExpect(jsonPath("$.reports.length()").value(Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/agency/LV01/reports").param("kind", "INTERIM").param("size", "100").with(user(ilze)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value((int) whole.stream()
                        .filter(each -> each.kind() == ReportKind.INTERIM).count()))
                .andExpect(jsonPath("$.reports[?(@.kind == 'FINAL')]").isEmpty());
        mvc.perform(get("/agency/reports").param("q", report.project().agreementNumber().toUpperCase())
                        .with(user(ilze)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/agency/reports/" + report.id())))
                .andExpect(content().string(Matchers.containsString("id=\"report-count\">1 ")));
    }

    /** Whether the report is among the agency's submitted ones, on any page. */
    private boolean listed(String agency, UUID id) throws Exception {
        List<String> ids = new ArrayList<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode answer = json(mvc.perform(get("/api/v1/agency/" + agency + "/reports").param("status", "SUBMITTED")
                            .param("kind", "FINAL").param("size", "100").param("page", String.valueOf(page))
                            .with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            pages = answer.path("pages").asInt();
            answer.path("reports").forEach(entry -> {
                assertThat(entry.path("status").asString()).isEqualTo("SUBMITTED");
                ids.add(entry.path("id").asString());
            });
        }
        return ids.contains(id.toString());
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
