package eu.sadarbe.reporting.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.RoundExistsAlready;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.ModuleTestAgreements;
import eu.sadarbe.grants.domain.BeneficiaryDetails;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportRefused;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.ReportSectionConflict;
import eu.sadarbe.reporting.web.ParticipantImportPageController;
import eu.sadarbe.shared.OrganisationType;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.web.MailServer;

/**
 * The import as a use case and on the page and the API, on a real agreement in force (a KA229 school's): appending,
 * importing again, replacing, a concurrent save, a report no longer open, people who may not import; every bad input
 * a message in the user's language, never a 500; the API's answers fit its OpenAPI document. A module test of
 * reporting with its pages (issue #14, item 8), without the demo data: the school, its applicant, the officer and the
 * outsider are the class's own, and so is the KA229 round the application is submitted to.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({SettableClock.AsTheClock.class, MailServer.class})
@AutoConfigureMockMvc
class ParticipantImportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static GrantAgreementId agreement;
    private static JsonNode apiDocument;
    private static SignedInUser anna;
    private static SignedInUser ilze;
    private static SignedInUser peteris;
    private static String school;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext beans;
    @Autowired ParticipantImport imports;
    @Autowired ReportRepository reports;
    @Autowired Agreements agreements;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;
    @Autowired SettableClock clock;

    @BeforeEach
    void anAgreementInForce() {
        if (agreement == null) {
            ModuleTestData data = new ModuleTestData("reporting", beans);
            ilze = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
            peteris = data.person("Pēteris Kalniņš", Role.APPLICANT, null);
            OwnApplicant applicant = OwnApplicant.register(accounts, registration, OrganisationType.SCHOOL);
            anna = applicant.signedIn();
            school = applicant.oid();
            agreement = new ModuleTestAgreements(data, beans).inForce(
                    new ModuleTestData.Draft(schoolExchange("Imported readers " + UUID.randomUUID()), anna,
                            Oid.of(school)), "5000.00", ilze, List.of(
                            new BeneficiaryDetails(school, "LV80 BANK 0000 4351 9500 1", "HABALV22", "Inese Kalna"),
                            new BeneficiaryDetails("E10000012", "EE38 2200 2210 2014 5685", "HABAEE2X", "Mari Tamm")))
                    .id();
        }
    }

    /**
     * The school's KA229 School Exchange Partnership with an Estonian school (E10000012), 2020-09-01 to 2021-08-31,
     * started in a 2018 KA229 round of the class's own ten days before its deadline.
     */
    private ApplicationId schoolExchange(String title) {
        String document;
        try (InputStream json = getClass().getResourceAsStream("/api-examples/reading-together.json")) {
            document = new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        document = document.replace("\"callYear\": 2020", "\"callYear\": " + ModuleTestData.CALL_YEAR)
                .replace("\"KA201\"", "\"KA229\"").replace("\"INNOVATION\"", "\"EXCHANGE_OF_GOOD_PRACTICES\"")
                .replace("\"Reading together\"", "\"" + title + "\"")
                .replace("\"oid\": \"E10000011\",", "\"oid\": \"E10000011\", \"pic\": \"949000011\",")
                .replace("\"oid\": \"E10000012\",", "\"oid\": \"E10000012\", \"pic\": \"949000012\",")
                .replace("E10000011", school)
                // KA229 has no transnational project meetings category (R-FIN-11).
                .replaceFirst("(?s)\"transnationalMeetings\": \\[.*?\\],\\s*\"intellectualOutputs\"",
                        "\"transnationalMeetings\": [], \"intellectualOutputs\"")
                .replaceFirst("\\{", "{\"declaration\": {\"accepted\": true, \"signedBy\": \"Ilga Pieteicēja\"}, ");
        clock.setBrussels(ModuleTestData.DEADLINE.minusDays(10));
        try {
            return drafting.start(anna.id(), document, round().id()).id();
        } finally {
            clock.reset();
        }
    }

    /** The class's own 2018 KA229 round, under the highest round number no other test holds. */
    private CallRoundSummary round() {
        String label = "Module tests (reporting, KA229)";
        return rounds.all().stream().filter(round -> label.equals(round.label())).findFirst().orElseGet(() -> {
            for (int number = 9; ; number--) {
                try {
                    return rounds.define(ModuleTestData.CALL_YEAR, number, label, Set.of("KA229"),
                            ModuleTestData.DEADLINE, "module tests");
                } catch (RoundExistsAlready taken) {
                    if (number == 1) {
                        throw taken;
                    }
                }
            }
        });
    }

    /** The rows of {@link ParticipantFiles#schoolExchange}, the pupils and staff of the class's school. */
    private static List<List<Object>> schoolExchangeRows(int count) {
        List<List<Object>> rows = ParticipantFiles.schoolExchange(count);
        rows.forEach(row -> row.set(5, school));
        return rows;
    }

    Report report() {
        return ReportFixtures.report(agreement, ReportKind.FINAL, agreements, reports, clock);
    }

    int version() {
        return reports.find(report().id()).orElseThrow().version(ReportSection.LEARNING_ACTIVITIES).version();
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @Test
    void appendingImportingAgainAndReplacingAreSavedOnTheSectionVersionAndAConcurrentSaveConflicts() {
        Report report = report();
        int before = version();
        List<List<Object>> rows = schoolExchangeRows(4);
        rows.forEach(row -> row.set(0, "APPEND"));
        ParticipantImport.Outcome first = imports.importFile(report.id(),
                ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, rows), ParticipantRows.Mode.APPEND, before, anna);
        assertThat(first.saved()).isTrue();
        assertThat(first.added()).isEqualTo(4);
        assertThat(first.version()).isEqualTo(before + 1);
        Report saved = reports.find(report.id()).orElseThrow();
        assertThat(saved.content().learningActivities()).anySatisfy(activity -> {
            assertThat(activity.id()).isEqualTo("APPEND");
            assertThat(activity.participants()).hasSize(4);
        });
        assertThat(saved.version(ReportSection.LEARNING_ACTIVITIES).savedBy()).isEqualTo(anna.email());
        assertThat(saved.audit()).anySatisfy(entry -> assertThat(entry.action()).isEqualTo("participants imported"));

        // The same file again (as CSV this time): nothing changes, nothing is saved.
        ParticipantImport.Outcome again = imports.importFile(report.id(), ParticipantFiles.csv(';', true,
                ParticipantFiles.LATVIAN, rows), ParticipantRows.Mode.APPEND, before + 1, anna);
        assertThat(again.saved()).isFalse();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(version()).isEqualTo(before + 1);

        // Someone saved meanwhile: the import started from the version before is refused as a whole.
        assertThatThrownBy(() -> imports.importFile(report.id(), ParticipantFiles.xlsx(ParticipantFiles.ENGLISH,
                schoolExchangeRows(1)), ParticipantRows.Mode.APPEND, before, anna))
                .isInstanceOfSatisfying(ReportSectionConflict.class, conflict -> {
                    assertThat(conflict.currentVersion()).isEqualTo(before + 1);
                    assertThat(conflict.savedBy()).isEqualTo(anna.email());
                });

        List<List<Object>> other = schoolExchangeRows(2);
        other.forEach(row -> row.set(0, "REPLACED"));
        ParticipantImport.Outcome replaced = imports.importFile(report.id(),
                ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, other), ParticipantRows.Mode.REPLACE, before + 1, anna);
        assertThat(replaced.saved()).isTrue();
        assertThat(reports.find(report.id()).orElseThrow().content().learningActivities())
                .singleElement().satisfies(activity -> {
                    assertThat(activity.id()).isEqualTo("REPLACED");
                    assertThat(activity.participants()).hasSize(2);
                });
    }

    @Test
    void onlyTheProjectsPeopleImportAndOnlyIntoAnOpenReport() {
        Report interim = ReportFixtures.report(agreement, ReportKind.INTERIM, agreements, reports, clock);
        byte[] file = ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, schoolExchangeRows(1));
        for (SignedInUser other : List.of(peteris, ilze)) {
            assertThatThrownBy(() -> imports.importFile(interim.id(), file, ParticipantRows.Mode.APPEND, 0,
                    other)).isInstanceOf(ParticipantImport.NoSuchReport.class);
        }
        if (interim.status() == ReportStatus.OPEN) {
            interim.submit(anna.email(), clock.instant());
            reports.save(interim);
        }
        int version = interim.version(ReportSection.LEARNING_ACTIVITIES).version();
        assertThatThrownBy(() -> imports.importFile(interim.id(), file, ParticipantRows.Mode.APPEND, version, anna))
                .isInstanceOfSatisfying(ReportRefused.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("reporting.import.refused.notOpen"));
    }

    @Test
    void thePageImportsTheGoodRowsAndListsTheRefusedOneInLatvian() throws Exception {
        String path = "/projects/" + agreement + "/reports/final/import";
        String page = mvc.perform(get(path).param("lang", "lv").with(user(anna))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Dalībnieku imports noslēguma pārskatā", "Lejupielādēt veidni (.xlsx)");

        List<List<Object>> rows = schoolExchangeRows(3);
        rows.forEach(row -> row.set(0, "PAGE"));
        rows.add(row("PAGE", "", "", "", "Par Īsu", school, "LV", "izglītojamais", "01.03.2021", "02.03.2021",
                2, "", 210, "nē"));
        String result = upload(path, ParticipantFiles.xlsx(ParticipantFiles.LATVIAN, rows), "dalibnieki.xlsx",
                String.valueOf(version()), "lv").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(result).contains("govuk-error-summary", "1 rinda netika importēta", "5. rinda",
                "ārpus 3–60 dienām", "R-FIN-08", "Importētas 3 rindas");

        String english = upload(path, ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, rows), "participants.xlsx",
                String.valueOf(version()), "en").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("1 row was not imported", "Row 5", "outside the 3 to 60 days", "already in the report");
    }

    @Test
    void badInputOnThePageGetsAMessageInTheUsersLanguageAndNever500() throws Exception {
        String path = "/projects/" + agreement + "/reports/final/import";
        String version = String.valueOf(version());
        assertThat(upload(path, new byte[0], "empty.csv", version, "lv").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Izvēlieties .xlsx vai CSV datni");
        assertThat(upload(path, "%PDF-1.7 binary".getBytes(StandardCharsets.UTF_8), "report.xlsx", version, "en")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("The file is not a spreadsheet");
        assertThat(upload(path, "name;country\nAnna;LV\n".getBytes(StandardCharsets.UTF_8), "x.csv", version, "lv")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Virsrakstu rindā trūkst");
        assertThat(upload(path, ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, schoolExchangeRows(1)),
                "p.xlsx", "-1", "en").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception");
        assertThat(upload(path, ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, schoolExchangeRows(1)),
                "p.xlsx", "999", "en").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("saved the learning activities meanwhile");
        mvc.perform(get("/projects/not-a-uuid/reports/final/import").with(user(anna))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + agreement + "/reports/other/import").with(user(anna)))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(peteris))).andExpect(status().isNotFound());
        assertThat(new ParticipantImportPageController(imports, null).pageFor(path)).contains(path + "?tooLarge");
        assertThat(mvc.perform(get(path).param("tooLarge", "").param("lang", "en").with(user(anna)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("larger than 5 MB");
    }

    @Test
    void theTemplatesComeInTheLanguageOfThePage() throws Exception {
        String path = "/projects/" + agreement + "/reports/final/import/template";
        byte[] xlsx = mvc.perform(get(path + ".xlsx").param("lang", "lv").with(user(anna)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("dalibnieki")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo("dalībnieka vārds un uzvārds");
            assertThat(workbook.getSheetName(1)).isEqualTo("Kā aizpildīt");
        }
        mvc.perform(get(path + ".csv").param("lang", "en").with(user(anna))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("\uFEFFactivity,activity type,")));
    }

    @Test
    void theApiImportsAndAnswersProblemsInTheCallersLanguageAsItsDocumentSays() throws Exception {
        Report report = report();
        String path = "/api/v1/reports/" + report.id() + "/participants";
        List<List<Object>> rows = schoolExchangeRows(3);
        rows.forEach(row -> row.set(0, "API"));
        rows.add(row("API", "", "", "", "Nobody", school, "LV", "learner", "2021-03-01", "2021-03-07", 7,
                "Atlantis, XX", "", "no"));
        MockHttpServletResponse done = api(path, ParticipantFiles.csv(',', true, ParticipantFiles.ENGLISH, rows),
                String.valueOf(version()), "en").andExpect(status().isOk()).andReturn().getResponse();
        JsonNode answer = fits(path, "200", done);
        assertThat(answer.path("added").asInt()).isEqualTo(3);
        assertThat(answer.path("refused").get(0).path("row").asInt()).isEqualTo(5);
        assertThat(answer.path("refused").get(0).path("rule").asString()).isEqualTo("R-FIN-07");

        List<List<Object>> bad = List.of(row("API", "", "", "", "Late", school, "LV", "learner", "2022-03-01",
                "2022-03-07", 7, "", 210, "no"));
        JsonNode refused = fits(path, "422", api(path, ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, bad),
                String.valueOf(version()), "lv").andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json")).andReturn().getResponse());
        assertThat(refused.path("errors").get(0).path("message").asString()).contains("ārpus projekta laika");
        assertThat(refused.path("errors").get(0).path("column").asString()).isEqualTo("beigas");

        fits(path, "422", api(path, "no spreadsheet".getBytes(StandardCharsets.UTF_8), String.valueOf(version()), "en")
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse());
        fits(path, "409", api(path, ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, rows), "0", "en")
                .andExpect(status().isConflict()).andReturn().getResponse());
        fits(path, "400", api(path, ParticipantFiles.xlsx(ParticipantFiles.ENGLISH, rows), null, "en")
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        fits(path, "404", mvc.perform(multipart("/api/v1/reports/" + UUID.randomUUID() + "/participants")
                .param("baseVersion", "0").with(user(anna)).with(csrf())).andExpect(status().isNotFound())
                .andReturn().getResponse());
        mvc.perform(multipart(path).param("baseVersion", "0").with(user(ilze))
                .with(csrf())).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions upload(String path, byte[] file, String name,
                                                                        String baseVersion, String language)
            throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", file))
                .param("baseVersion", baseVersion).param("mode", "APPEND").param("lang", language)
                .with(user(anna)).with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions api(String path, byte[] file, String baseVersion,
                                                                     String language) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(path)
                .file(new MockMultipartFile("file", "participants", "application/octet-stream", file));
        if (baseVersion != null) {
            request.param("baseVersion", baseVersion);
        }
        return mvc.perform(request.header("Accept-Language", language).with(user(anna)).with(csrf()));
    }

    /** The answer fits the schema the OpenAPI document gives for this status. */
    private JsonNode fits(String path, String status, MockHttpServletResponse response) throws Exception {
        if (apiDocument == null) {
            apiDocument = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
        }
        JsonNode document = apiDocument;
        JsonNode media = document.path("paths").path("/api/v1/reports/{id}/participants").path("post")
                .path("responses").path(status).path("content");
        assertThat(media.isEmpty()).as(status + " documented").isFalse();
        ObjectNode schema = JSON.createObjectNode();
        schema.set("components", document.path("components"));
        media.properties().iterator().next().getValue().path("schema").properties()
                .forEach(entry -> schema.set(entry.getKey(), entry.getValue()));
        JsonNode answer = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
                .validate(answer)).as(path + " " + status + ": " + answer).isEmpty();
        return answer;
    }
}
