package eu.sadarbe.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.PdfFixtures;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.ModuleTestAgreements;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ReportFixtures;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportOpening;
import eu.sadarbe.reporting.domain.ReportPdfs;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.web.MailServer;

/**
 * The report pages and the API in both languages: the task list, every section, line entry with wrong numbers and
 * dates (shown again with the problem, nothing saved), a stale save (the conflict page, then keeping one's own),
 * unknown sections and reports (404), others (403), evidence uploads, and the submission with its confirmation and
 * R-REP-02. No request ends in a 500. A module test of reporting with its pages (issue #14, item 8), without the demo
 * data: each test reports on a copy of an agreement in force of the class's own ({@link ModuleTestAgreements}), whose
 * applicant writes the report and whose Estonian partner is E10000002.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({SettableClock.AsTheClock.class, MailServer.class})
@AutoConfigureMockMvc
class ReportPagesTests {

    private static final String ESTONIAN_PARTNER = "E10000002";
    private static AgreementInForce source;
    private static SignedInUser coordinators;
    private static SignedInUser outsider;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext beans;
    @Autowired ReportOpening opening;
    @Autowired ReportRepository reports;
    @Autowired Agreements agreements;
    @Autowired ApplicationRegister applications;
    @Autowired AccountRegister accounts;
    @Autowired JdbcClient jdbc;

    ReportFixtures fixtures;
    AgreementInForce agreement;
    Report report;
    String base;

    @BeforeEach
    void aReportOfItsOwn() {
        if (source == null) {
            ModuleTestData data = new ModuleTestData("reporting", beans);
            SignedInUser officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
            ModuleTestData.Draft project = data.draft("Reported " + UUID.randomUUID());
            source = agreements.inForce(new ModuleTestAgreements(data, beans).inForce(project, "30000.00", officer)
                    .id()).orElseThrow();
            coordinators = project.applicant();
            outsider = data.person("Pēteris Kalniņš", Role.APPLICANT, null);
        }
        fixtures = new ReportFixtures(agreements, applications, accounts, jdbc);
        agreement = fixtures.copy(source, LocalDate.of(2036, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(),
                3000)), PaymentScheme.ONE_PREFINANCING);
        opening.open(agreement.id());
        report = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        base = "/projects/" + agreement.id() + "/reports/final";
    }

    @Test
    void everyPageOpensInBothLanguagesAndUnknownOnesAreNotFound() throws Exception {
        mvc.perform(get("/projects/{id}", agreement.id()).param("lang", "en").with(user(coordinators)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/projects/" + agreement.id() + "/reports")));
        mvc.perform(get("/projects/{id}/reports", agreement.id()).param("lang", "lv").with(user(coordinators)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Noslēguma atskaite")));
        mvc.perform(get(base).param("lang", "en").with(user(coordinators)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Final report")))
                .andExpect(content().string(Matchers.containsString("R-REP-01")));
        for (ReportSection section : ReportSection.values()) {
            for (String language : new String[] {"en", "lv"}) {
                mvc.perform(get(base + "/sections/" + section.slug()).param("lang", language).with(user(coordinators)))
                        .andExpect(status().isOk());
            }
        }
        mvc.perform(get(base + "/sections/budget").with(user(coordinators))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/reports/annual", agreement.id()).with(user(coordinators)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/not-an-id/reports/final").with(user(coordinators))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/reports/interim", agreement.id()).with(user(coordinators)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/sections/learning-activities/A-none").with(user(coordinators)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base).with(user(outsider))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/sections/narrative").param("baseVersion", "0").param("implementation", "x")
                .with(user(outsider)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void wrongNumbersAndDatesAreShownAgainInTheUsersLanguageAndNothingIsSaved() throws Exception {
        mvc.perform(post(base + "/sections/meetings").param("lang", "lv").param("baseVersion", "0")
                        .param("host", "E1").param("date", "31.02.2021").param("rows", "2")
                        .param("t0.from", ESTONIAN_PARTNER).param("t0.participants", "-3").param("t0.distanceKm", "far")
                        .with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Radās problēma")))
                .andExpect(content().string(Matchers.containsString("ievadiet datumu")))
                .andExpect(content().string(Matchers.containsString("ievadiet organizācijas ID")))
                .andExpect(content().string(Matchers.containsString("value=\"far\"")));
        mvc.perform(post(base + "/sections/special-costs").param("lang", "en").param("baseVersion", "0")
                        .param("type", "cost").param("organisation", ESTONIAN_PARTNER).param("description", "Visa")
                        .param("amount", "12,345.678").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("enter an amount in euro")));
        mvc.perform(post(base + "/sections/learning-activities").param("baseVersion", "0")
                        .param("activityType", "NO_SUCH_TYPE").param("host", ESTONIAN_PARTNER)
                        .param("start", "2021-05-10").param("end", "2021-05-01")
                        .with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("choose one of the options")))
                .andExpect(content().string(Matchers.containsString("the end date is before the start date")));
        // A date outside the project is refused by the report itself, with the line named.
        mvc.perform(post(base + "/sections/multiplier-events").param("lang", "en").param("baseVersion", "0")
                        .param("host", agreement.beneficiaryOrganisationId())
                        .param("date", agreement.projectEnd().plusDays(5).toString()).param("local", "10")
                        .param("international", "2").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("the date must be within the project")));
        assertThat(reports.find(report.id()).orElseThrow().versions().values())
                .allMatch(version -> version.version() == 0);
        mvc.perform(post(base + "/sections/narrative").param("baseVersion", "not-a-number")
                        .param("implementation", "x".repeat(6000)).with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("5,000")));
    }

    @Test
    void linesAreAddedChangedAndRemovedAndAStaleSaveShowsBothVersions() throws Exception {
        String day = agreement.projectStart().plusDays(20).toString();
        mvc.perform(post(base + "/sections/learning-activities").param("baseVersion", "0")
                        .param("activityType", "SHORT_TERM_JOINT_STAFF_TRAINING")
                        .param("host", agreement.beneficiaryOrganisationId()).param("venue", "")
                        .param("start", day).param("end", day).with(user(coordinators)).with(csrf()))
                .andExpect(redirectedUrl(base + "/sections/learning-activities?saved"));
        String activity = reports.find(report.id()).orElseThrow().content().learningActivities().get(0).id();
        mvc.perform(post(base + "/sections/learning-activities/" + activity + "/participants").param("baseVersion", "1")
                        .param("name", "Līga Ozola").param("organisation", ESTONIAN_PARTNER).param("country", "ee")
                        .param("kind", "STAFF").param("start", day).param("end", day).param("days", "1")
                        .param("fromPlace", "Nowhere at all, EE").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("type the kilometres")));
        mvc.perform(post(base + "/sections/learning-activities/" + activity + "/participants").param("baseVersion", "1")
                        .param("name", "Līga Ozola").param("organisation", ESTONIAN_PARTNER).param("country", "ee")
                        .param("kind", "STAFF").param("start", day).param("end", day).param("days", "1")
                        .param("fromPlace", "Tartu, EE").param("distanceKm", "280").with(user(coordinators)).with(csrf()))
                .andExpect(redirectedUrl(base + "/sections/learning-activities/" + activity + "?saved"));
        mvc.perform(get(base + "/sections/learning-activities/" + activity).param("lang", "lv").with(user(coordinators)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Līga Ozola")))
                .andExpect(content().string(Matchers.containsString("280 km")))
                .andExpect(content().string(Matchers.containsString("id=\"participants-import\"")));

        // Someone else saved version 2 meanwhile: the stale save (on 1) shows both and overwrites nothing.
        mvc.perform(post(base + "/sections/learning-activities/" + activity + "/participants").param("baseVersion", "1")
                        .param("lang", "en").param("name", "Pēteris Kalniņš").param("organisation", ESTONIAN_PARTNER)
                        .param("country", "LV").param("kind", "STAFF").param("start", day).param("end", day)
                        .param("days", "1").param("distanceKm", "0").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Someone else saved this section")));
        assertThat(reports.find(report.id()).orElseThrow().content().learningActivities().get(0).participants())
                .hasSize(1);
        String yours = "[{\"id\":\"" + activity + "\",\"activityType\":\"SHORT_TERM_JOINT_STAFF_TRAINING\",\"host\":\""
                + agreement.beneficiaryOrganisationId() + "\",\"venue\":null,\"start\":\"" + day + "\",\"end\":\"" + day
                + "\",\"participants\":[]}]";
        mvc.perform(post(base + "/sections/learning-activities/resolution").param("baseVersion", "2")
                        .param("yours", yours).with(user(coordinators)).with(csrf()))
                .andExpect(redirectedUrl(base + "/sections/learning-activities?saved"));
        assertThat(reports.find(report.id()).orElseThrow().content().learningActivities().get(0).participants())
                .isEmpty();
        mvc.perform(post(base + "/sections/learning-activities/resolution").param("baseVersion", "3")
                        .param("yours", "{not json").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/sections/learning-activities/lines/" + activity + "/removal").param("baseVersion", "3")
                        .with(user(coordinators)).with(csrf()))
                .andExpect(redirectedUrl(base + "/sections/learning-activities?saved"));
        assertThat(reports.find(report.id()).orElseThrow().content().learningActivities()).isEmpty();
    }

    @Test
    void theNarrativeIsAutosavedAndTheReportSubmittedAfterConfirmation() throws Exception {
        mvc.perform(post(base + "/sections/narrative").header("HX-Request", "true").param("baseVersion", "0")
                        .param("implementation", "Mēs strādājām").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"autosaved\"")));
        mvc.perform(post(base + "/sections/narrative").header("HX-Request", "true").param("baseVersion", "0")
                        .param("implementation", "Stale").param("lang", "lv").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("kāds cits")));
        mvc.perform(post(base + "/evidence").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Choose a PDF file")));
        mvc.perform(multipart(base + "/evidence").file(new MockMultipartFile("file", "invoice.pdf", "application/pdf",
                        ReportPdfs.minimal())).with(user(coordinators)).with(csrf()))
                .andExpect(redirectedUrl(base + "/sections/special-costs?uploaded"));

        mvc.perform(post(base + "/submission").param("lang", "en").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Tick the box")));
        mvc.perform(post(base + "/submission").param("confirm", "yes").param("lang", "en")
                        .with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("R-REP-02")));
        mvc.perform(post(base + "/sections/summary").param("baseVersion", "0").param("english", "We read together.")
                        .param("original", "Mēs lasījām kopā.").with(user(coordinators)).with(csrf()))
                .andExpect(redirectedUrl(base + "?saved=summary"));
        mvc.perform(post(base + "/submission").param("confirm", "yes").with(user(coordinators)).with(csrf()))
                .andExpect(redirectedUrl(base + "?submitted"));
        mvc.perform(get(base).param("lang", "lv").with(user(coordinators)))
                .andExpect(content().string(Matchers.containsString("Iesniegta")));
    }

    @Test
    void evidenceThatWouldRunSomethingWhenOpenedIsRefusedInBothLanguagesAsADraftsAnnexIs() throws Exception {
        mvc.perform(multipart(base + "/evidence").file(new MockMultipartFile("file", "invoice.pdf", "application/pdf",
                        PdfFixtures.javaScriptOnOpening())).param("lang", "en").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("govuk-error-summary"),
                        Matchers.containsString("The file “invoice.pdf” contains JavaScript or an action that starts a program"),
                        Matchers.containsString("id=\"file-error\""), Matchers.containsString("id=\"line-form\""))));
        mvc.perform(multipart(base + "/evidence").file(new MockMultipartFile("file", "launch.pdf", "application/pdf",
                        PdfFixtures.launchOnOpening())).param("lang", "lv").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Fails “launch.pdf” satur JavaScript vai darbību")));
        mvc.perform(multipart(base + "/evidence").file(new MockMultipartFile("file", "page.pdf", "application/pdf",
                        PdfFixtures.pageAdditionalActions())).param("lang", "en").with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("contains JavaScript")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_evidence WHERE report_id = ?").param(report.id().value())
                .query(Long.class).single()).isZero();
        mvc.perform(multipart(base + "/evidence").file(new MockMultipartFile("file", "plain.pdf", "application/pdf",
                        PdfFixtures.plainPdf())).with(user(coordinators)).with(csrf()))
                .andExpect(redirectedUrl(base + "/sections/special-costs?uploaded"));
    }

    @Test
    void theApiReadsSavesWithVersionsAndSubmits() throws Exception {
        String api = "/api/v1/reports/" + report.id();
        mvc.perform(get(api).with(user(coordinators))).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("FINAL")).andExpect(jsonPath("$.sections.length()").value(7))
                .andExpect(jsonPath("$.mayWrite").value(true));
        String narrative = "{\"baseVersion\": 0, \"content\": {\"implementation\": \"API\", \"results\": \"\","
                + " \"impact\": \"\", \"dissemination\": \"\"}}";
        mvc.perform(put(api + "/sections/narrative").contentType(MediaType.APPLICATION_JSON).content(narrative)
                        .with(user(coordinators)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sections[0].version").value(1));
        mvc.perform(put(api + "/sections/narrative").contentType(MediaType.APPLICATION_JSON).content(narrative)
                        .with(user(coordinators)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(put(api + "/sections/meetings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"baseVersion\": 0, \"content\": {\"not\": \"lines\"}}")
                        .with(user(coordinators)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(put(api + "/sections/meetings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"baseVersion\": 0, \"content\": [{\"id\": \"M-1\", \"host\": \"" + ESTONIAN_PARTNER
                                + "\", \"date\": \"1999-01-01\", \"travellers\": []}]}")
                        .with(user(coordinators)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put(api + "/sections/budget").contentType(MediaType.APPLICATION_JSON).content(narrative)
                        .with(user(coordinators)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(api + "/submission").with(user(coordinators)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R-REP-02"));
        mvc.perform(get(api).with(user(outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + UUID.randomUUID()).with(user(coordinators)))
                .andExpect(status().isNotFound());
    }
}
