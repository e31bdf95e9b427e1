package eu.sadarbe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import eu.sadarbe.BothDatabases;
import eu.sadarbe.ModuleTest;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results platform and the open data, built from the events of selection, grants and payments: one funded
 * project of the tests' own with an agreement and payments, one selected only; search without diacritics; the
 * 360Giving package against the official JSON Schema and the IATI file against the official XSD. A module test of
 * results with its pages and API, on applications of its own ({@link ModuleTestData}, submitted in the results module
 * test's 2018 round), whose later steps are the events the other modules publish ({@link ResultsTestData}).
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
@BothDatabases   // ResultsRepository searches with full-text search on PostgreSQL and LIKE on H2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsTests {

    private static final String PACKAGE_SCHEMA =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ResultsTestData data;
    ModuleTestData own;
    String word;
    SubmissionSummary funded;
    String fundedCoordinator;
    SubmissionSummary selectedOnly;
    String doneWord;
    SubmissionSummary done;

    @BeforeAll
    void fundedProjects() {
        data = new ResultsTestData(context);
        own = new ModuleTestData("results", context);
        word = ResultsTestData.uniqueWord();
        ModuleTestData.Draft fundedDraft = draft("Zaļās prasmes " + word,
                "Mācīt audzēkņiem zaļās prasmes Rīgā un Tallinā.");
        funded = own.submit(fundedDraft);
        fundedCoordinator = fundedDraft.applicantOid().value();
        data.selected(funded, "120000.00");
        data.agreementInForce(funded, "118500.00", LocalDate.of(2021, 3, 1), LocalDate.of(2023, 2, 28));
        data.paid(funded, PaymentKind.FIRST_PREFINANCING, "94800.00", LocalDate.of(2021, 3, 20));
        selectedOnly = submitted("Digitālā skola " + word, "Cits projekts.");
        data.selected(selectedOnly, "60000.00");
        doneWord = ResultsTestData.uniqueWord();
        done = submitted("Pabeigts projekts " + doneWord, "Rokasgrāmata skolotājiem.");
        data.selected(done, "80000.00");
        data.agreementInForce(done, "80000.00", LocalDate.of(2019, 9, 1), LocalDate.of(2021, 8, 31));
        data.completed(done, "80000.00", "72000.00", "The schools wrote a handbook for teachers.",
                "Skolas uzrakstīja rokasgrāmatu skolotājiem.");
    }

    @Test
    void rigaFindsRigaWithoutDiacriticsAndOtherWordsDoNot() throws Exception {
        mvc.perform(get("/results").param("q", "riga " + word).header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zaļās prasmes " + word)))
                .andExpect(content().string(containsString("Digitālā skola " + word)))
                .andExpect(content().string(containsString("Atrasti 2 finansēti projekti")))
                .andExpect(answer -> assertThat(answer.getRequest().getSession(false)).isNull());
        mvc.perform(get("/results").param("q", "RĪGAS zalas " + word))
                .andExpect(content().string(containsString("Zaļās prasmes " + word)))
                .andExpect(content().string(not(containsString("Digitālā skola " + word))))
                .andExpect(content().string(containsString("1 funded project found")));
        mvc.perform(get("/results").param("q", "helsinki " + word))
                .andExpect(content().string(containsString("No funded project matches your search.")));
    }

    @Test
    void filtersByCountryStatusAndActionType() throws Exception {
        mvc.perform(get("/results").param("q", word).param("country", "EE").param("actionType", "KA202")
                        .param("status", "ongoing").param("callYear", String.valueOf(ModuleTestData.CALL_YEAR))
                        .param("agency", "LV01"))
                .andExpect(content().string(containsString("2 funded projects found")));
        mvc.perform(get("/results").param("q", word).param("country", "FI"))
                .andExpect(content().string(containsString("No funded project matches your search.")));
        // Both projects ended before today, but neither has its final grant settled after a final report yet.
        mvc.perform(get("/results").param("q", word).param("status", "completed"))
                .andExpect(content().string(containsString("No funded project matches your search.")));
        mvc.perform(get("/results").param("q", word).param("callYear", "abc").param("page", "-3")
                        .param("status", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 funded projects found")));
    }

    @Test
    void theProjectPageShowsConsortiumGrantDatesAndPaymentsAtAStableAddress() throws Exception {
        mvc.perform(get("/results/" + funded.applicationNumber()).header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mācīt audzēkņiem zaļās prasmes Rīgā un Tallinā.")))
                .andExpect(content().string(containsString("Rīgas Valsts tehnikums")))
                .andExpect(content().string(containsString("E10000002")))
                .andExpect(content().string(containsString("Koordinators")))
                .andExpect(content().string(containsString("AG-" + funded.applicationNumber())))
                .andExpect(content().string(containsString("Pirmais priekšfinansējums (R-PAY-01)")))
                .andExpect(content().string(containsString("noslēguma ziņojumu")))
                .andExpect(answer -> assertThat(answer.getRequest().getSession(false)).isNull());
        mvc.perform(get("/results/" + selectedOnly.applicationNumber()))
                .andExpect(content().string(containsString("No grant agreement in force yet.")))
                .andExpect(content().string(containsString("No payment has been made yet.")));
        mvc.perform(get("/results/2020-9-XX00-KA999-000000").header("Accept-Language", "lv"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProjectSettledAfterItsFinalReportIsCompletedWithItsResultsSummaryInBothLanguages() throws Exception {
        mvc.perform(get("/results").param("q", doneWord).param("status", "completed"))
                .andExpect(content().string(containsString("1 funded project found")))
                .andExpect(content().string(containsString("Pabeigts projekts " + doneWord)));
        mvc.perform(get("/results").param("q", doneWord).param("status", "ongoing"))
                .andExpect(content().string(containsString("No funded project matches your search.")));
        mvc.perform(get("/results/" + done.applicationNumber()).header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rezultātu kopsavilkums no noslēguma pārskata (R-REP-02)")))
                .andExpect(content().string(containsString("The schools wrote a handbook for teachers.")))
                .andExpect(content().string(containsString("Skolas uzrakstīja rokasgrāmatu skolotājiem.")))
                .andExpect(content().string(containsString("72\u00a0000,00")))
                .andExpect(content().string(not(containsString("noslēguma ziņojumu"))));
        mvc.perform(get("/results/" + done.applicationNumber()))
                .andExpect(content().string(containsString("Completed on 10 December 2021")))
                .andExpect(content().string(containsString("lang=\"lv\"")));

        String csv = mvc.perform(get("/api/v1/open-data/projects.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",url,completedOn,finalGrant");
        assertThat(csv.lines().filter(line -> line.startsWith(done.applicationNumber() + ","))).singleElement()
                .satisfies(line -> assertThat(line).contains(",completed,").endsWith(",2021-12-10,72000.00"));
        assertThat(csv.lines().filter(line -> line.startsWith(funded.applicationNumber() + ","))).singleElement()
                .satisfies(line -> assertThat(line).contains(",ongoing,").endsWith(",,"));

        String xml = mvc.perform(get("/api/v1/open-data/activities.xml")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(activity(xml, done.applicationNumber())).as("closed").contains("<activity-status code=\"4\"/>");
        assertThat(activity(xml, funded.applicationNumber())).as("ended, awaiting its final report")
                .contains("<activity-status code=\"3\"/>");
        activitiesXmlIsValidAgainstTheOfficialIatiSchema();
        grantsJsonIsA360GivingPackageValidAgainstTheOfficialSchema();
    }

    /** A new applicant's application, submitted, with the Latvian objectives text as its summary. */
    private SubmissionSummary submitted(String title, String objectives) {
        return own.submit(draft(title, objectives));
    }

    /**
     * A new applicant's draft, with the Latvian objectives text as its summary; the applicant, a registered
     * organisation of its own, is named in the application as Rīgas Valsts tehnikums.
     */
    private ModuleTestData.Draft draft(String title, String objectives) {
        return own.draft(title, document -> document.replaceFirst("\\{",
                "{\"description\": {\"objectives\": \"" + objectives + "\"}, "));
    }

    private static String activity(String xml, String applicationNumber) {
        return java.util.Arrays.stream(xml.split("<iati-activity "))
                .filter(part -> part.contains("-" + applicationNumber + "</iati-identifier>")).findFirst().orElseThrow();
    }

    @Test
    void aDecisionRevisedToRejectionWithdrawsTheProject() throws Exception {
        SubmissionSummary revised = submitted("Pārskatīts " + word, "Teksts.");
        data.selected(revised, "50000.00");
        data.rejected(revised);
        mvc.perform(get("/results/" + revised.applicationNumber())).andExpect(status().isNotFound());
    }

    @Test
    void grantsJsonIsA360GivingPackageValidAgainstTheOfficialSchema() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/open-data/grants.json"))
                .andExpect(status().isOk())
                .andExpect(answer -> assertThat(answer.getRequest().getSession(false)).isNull())
                .andReturn();
        String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Error> errors = schema().validate(JsonMapper.builder().build().readTree(json),
                execution -> execution.executionConfig(config -> config.formatAssertionsEnabled(true)));
        assertThat(errors).isEmpty();
        JsonNode grant = null;
        for (JsonNode candidate : JsonMapper.builder().build().readTree(json).path("grants")) {
            if (candidate.path("id").asString().equals("360G-SADARBE-" + funded.applicationNumber())) {
                grant = candidate;
            }
        }
        assertThat(grant).isNotNull();
        assertThat(grant.path("amountAwarded").decimalValue()).isEqualByComparingTo("118500.00");
        assertThat(grant.path("awardDate").asString()).isEqualTo("2021-01-15");
        assertThat(grant.path("plannedDates").get(0).path("startDate").asString()).isEqualTo("2021-03-01");
        assertThat(grant.path("plannedDates").get(0).path("duration").asInt()).isEqualTo(24);
        assertThat(grant.path("recipientOrganization").get(0).path("id").asString()).isEqualTo("XI-EPLUS-OID-" + fundedCoordinator);
        assertThat(grant.path("partnerOrganization")).hasSize(2);
        assertThat(grant.path("fundingOrganization").get(0).path("id").asString()).isEqualTo("XI-EPLUS-NA-LV01");
        assertThat(grant.path("disbursementTransaction").get(0).path("value").decimalValue())
                .isEqualByComparingTo("94800.00");
        assertThat(grant.path("classifications").toString()).contains("KA202");
    }

    @Test
    void theSchemaRefusesAPackageWithoutAmounts() {
        String broken = "{\"grants\": [{\"id\": \"360G-X-1\", \"title\": \"t\", \"description\": \"d\", "
                + "\"currency\": \"EUR\", \"awardDate\": \"2021-01-15\", \"recipientOrganization\": "
                + "[{\"id\": \"XI-EPLUS-OID-E1\", \"name\": \"n\"}], \"fundingOrganization\": "
                + "[{\"id\": \"XI-EPLUS-NA-LV01\", \"name\": \"n\"}]}]}";
        assertThat(schema().validate(JsonMapper.builder().build().readTree(broken),
                execution -> execution.executionConfig(config -> config.formatAssertionsEnabled(true)))).isNotEmpty();
    }

    @Test
    void activitiesXmlIsValidAgainstTheOfficialIatiSchema() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/open-data/activities.xml"))
                .andExpect(status().isOk()).andReturn();
        byte[] xml = result.getResponse().getContentAsByteArray();
        URL xsd = ResultsTests.class.getResource("/standards/iati/iati-activities-schema.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<iati-identifier>XI-EPLUS-NA-LV01-" + funded.applicationNumber() + "</iati-identifier>")
                .contains("<participating-org role=\"4\" ref=\"XI-EPLUS-OID-E10000002\"")
                .contains("<transaction-type code=\"3\"/>").contains("94800.00");
    }

    @Test
    void theSameProjectsAsAFlatCsvTableWithAByteOrderMark() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/open-data/projects.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("projects.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("applicationNumber,title,callYear");
        assertThat(text).contains(funded.applicationNumber() + ",Zaļās prasmes " + word + "," + funded.callYear() + ","
                + funded.roundNumber() + ",KA202");
        assertThat(text).contains("Rīgas Valsts tehnikums," + fundedCoordinator + ",LV");
        assertThat(text).contains("118500.00,EUR,2021-01-15");
    }

    @Test
    void theOpenDataPageGivesTheLicenceAndTheApiDocumentsTheDownloads() throws Exception {
        mvc.perform(get("/open-data").header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CC BY 4.0")))
                .andExpect(content().string(containsString("XI-EPLUS-OID-")));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(content().string(containsString("/api/v1/open-data/grants.json")))
                .andExpect(content().string(containsString("/api/v1/open-data/activities.xml")))
                .andExpect(content().string(containsString("/api/v1/open-data/projects.csv")));
    }

    @Test
    void theTestCopiesOfTheStandardsAreTheOfficialOnes() throws Exception {
        Path shared = Path.of("../shared/standards");
        if (!Files.isDirectory(shared)) {
            shared = Path.of("/work/wt/shared/standards");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "no shared standards folder here");
        for (String file : List.of("360giving/360-giving-package-schema.json", "360giving/360-giving-schema.json",
                "iati/iati-activities-schema.xsd", "iati/iati-common.xsd", "iati/iati-common.xsd", "iati/xml.xsd")) {
            try (InputStream copy = ResultsTests.class.getResourceAsStream("/standards/" + file)) {
                assertThat(copy.readAllBytes()).as(file).isEqualTo(Files.readAllBytes(shared.resolve(file)));
            }
        }
    }

    /**
     * The package schema names the grant schema as of 1.4.2, whose own {@code $id} says 1.4.3: both addresses are
     * served from the test copy, so that nothing is fetched.
     */
    private static Schema schema() {
        String grant = resource("/standards/360giving/360-giving-schema.json");
        String packaged = resource("/standards/360giving/360-giving-package-schema.json");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(PACKAGE_SCHEMA, packaged,
                        "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json", grant,
                        "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json", grant)));
        return registry.getSchema(SchemaLocation.of(PACKAGE_SCHEMA));
    }

    private static String resource(String name) {
        try (InputStream in = ResultsTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
