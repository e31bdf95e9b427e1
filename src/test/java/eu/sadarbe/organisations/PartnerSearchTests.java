package eu.sadarbe.organisations;

import static eu.sadarbe.organisations.OrganisationFixtures.aSchoolDetails;
import static eu.sadarbe.organisations.OrganisationFixtures.uniqueNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * The public partner search: no sign-in, no diacritics needed, pages and sorting, and no personal data. A module test
 * of organisations with its pages and the security chain of accounts, on organisations of the test's own, each found
 * by a made-up word in its name.
 */
@ModuleTest
@AutoConfigureMockMvc
class PartnerSearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationRegistration registration;

    /** Registers 25 schools sharing a made-up word, so that the search has three pages of 10, 20 and 25. */
    String registerSchools(String word) {
        for (int i = 1; i <= 25; i++) {
            registered(aSchoolDetails(String.format("Ādažu %s skola %02d", word, i),
                    i % 2 == 0 ? "Ādaži" : "Carnikava", i == 7 ? List.of("Robotika", "Ūdens") : List.of("Vēsture")));
        }
        return word;
    }

    private String registered(OrganisationDetails school) {
        return registration.register(school, null, null, OwnApplicant.outsideTheDemoRange()).oid().value();
    }

    @Test
    void exportsNamesThatLookLikeFormulasAsPlainText() throws Exception {
        String word = "formula" + uniqueNumber().substring(0, 6);
        for (String name : List.of("=HYPERLINK(\"http://evil.example\";\"" + word + "\")",
                "+" + word + " skola", "-" + word + " skola", "@SUM(1) " + word)) {
            registered(aSchoolDetails(name, "Valmiera", List.of("Vēsture")));
        }
        String csv = mvc.perform(get("/partners/export.csv").param("q", word)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var names = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).stream().map(row -> row.get("legal_name")).toList();
        assertThat(names).hasSize(4).allSatisfy(name -> assertThat(name).startsWith("'"))
                .contains("'=HYPERLINK(\"http://evil.example\";\"" + word + "\")", "'+" + word + " skola");
    }

    @Test
    void findsWithoutSignInInPagesOfTwentySortedByName() throws Exception {
        String word = registerSchools("zvaigz" + uniqueNumber().substring(0, 6));
        String first = mvc.perform(get("/partners").param("q", "adazu " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("25 organisations found")))
                .andExpect(content().string(containsString("govuk-pagination")))
                .andExpect(content().string(containsString("Ādažu " + word + " skola 01")))
                .andExpect(content().string(not(containsString("Ādažu " + word + " skola 21"))))
                .andExpect(content().string(not(containsString("maris.ozols"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.indexOf("skola 01")).isLessThan(first.indexOf("skola 02"));

        mvc.perform(get("/partners").param("q", word).param("page", "2"))
                .andExpect(content().string(containsString("skola 25")))
                .andExpect(content().string(not(containsString("skola 01<"))));
        String descending = mvc.perform(get("/partners").param("q", word).param("sort", "name").param("dir", "desc"))
                .andReturn().getResponse().getContentAsString();
        assertThat(descending).contains("skola 25").doesNotContain("skola 01<");
    }

    @Test
    void findsByCityTopicAndFieldWithoutDiacritics() throws Exception {
        String word = registerSchools("meness" + uniqueNumber().substring(0, 6));
        mvc.perform(get("/partners").param("q", word).param("city", "adazi"))
                .andExpect(content().string(containsString("12 organisations found")));
        mvc.perform(get("/partners").param("q", word).param("topic", "udens"))
                .andExpect(content().string(containsString("1 organisation found")))
                .andExpect(content().string(containsString("skola 07")));
        mvc.perform(get("/partners").param("q", word).param("field", "YOUTH"))
                .andExpect(content().string(containsString("No organisations found")));
        mvc.perform(get("/partners").param("q", word).param("country", "EE"))
                .andExpect(content().string(containsString("No organisations found")));
    }

    @Test
    void ignoresNonsenseParametersInsteadOfFailing() throws Exception {
        mvc.perform(get("/partners").param("page", "-3").param("sort", "DROP TABLE").param("q", "100%_\\"))
                .andExpect(status().isOk());
        mvc.perform(get("/partners/E1").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void servesAnonymousVisitorsWithoutOpeningASession() throws Exception {
        var result = mvc.perform(get("/partners").param("q", "riga")).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void showsAPublicProfileWithoutPersonalData() throws Exception {
        String legalName = "Valmieras profila skola " + uniqueNumber();
        String oid = registered(aSchoolDetails(legalName, "Valmiera", List.of("Vēsture")));
        mvc.perform(get("/partners/" + oid))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(legalName)))
                .andExpect(content().string(containsString("Declared")))
                .andExpect(content().string(not(containsString("Māris Ozols"))))
                .andExpect(content().string(not(containsString("Inese Kalniņa"))))
                .andExpect(content().string(not(containsString("@example.lv"))));
    }

    @Test
    void exportsTheResultsAsCsvAndExcel() throws Exception {
        String word = registerSchools("saule" + uniqueNumber().substring(0, 6));
        byte[] csv = mvc.perform(get("/partners/export.csv").param("q", word))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("organisations.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(26);
        assertThat(text).startsWith("\uFEFFoid,legal_name").contains("Ādažu " + word + " skola 25")
                .doesNotContain("maris.ozols");

        byte[] xlsx = mvc.perform(get("/partners/export.xlsx").param("q", word))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(25);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Ādažu " + word + " skola 01");
        }
    }
}
