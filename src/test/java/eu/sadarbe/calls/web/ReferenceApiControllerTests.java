package eu.sadarbe.calls.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.calls.ReferenceData;

/**
 * The reference data API (countries, action types, priorities, National Agencies by call year with their contacts)
 * on a web slice: its controller with the reference data the migrations hold. That it answers without a session is
 * {@code ReferenceApiTests}', through the whole application's security.
 */
@WebSliceTest(ReferenceApiController.class)
@Import(ReferenceData.class)
class ReferenceApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void latviaHasVIAAForSchoolToAdultAndJSPAForYouth() throws Exception {
        mvc.perform(get("/api/v1/reference/national-agencies").param("country", "LV"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].code").value("LV01"))
                .andExpect(jsonPath("$[0].name").value("Valsts izglītības attīstības aģentūra"))
                .andExpect(jsonPath("$[0].actionTypes", containsInAnyOrder("KA201", "KA202", "KA203", "KA204", "KA229")))
                .andExpect(jsonPath("$[1].code").value("LV02"))
                .andExpect(jsonPath("$[1].actionTypes", containsInAnyOrder("KA205")));
    }

    @Test
    void theReferenceApiGivesTheAgenciesContacts() throws Exception {
        mvc.perform(get("/api/v1/reference/national-agencies").param("country", "LV"))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].code").value("LV01"))
                .andExpect(jsonPath("$[0].contacts.website").value("https://www.viaa.gov.lv"))
                .andExpect(jsonPath("$[0].contacts.email").value("info@viaa.gov.lv"))
                .andExpect(jsonPath("$[0].contacts.confirmed").value(false));
    }

    @Test
    void serbiaIsAProgrammeCountryFromThe2019Call() throws Exception {
        mvc.perform(get("/api/v1/reference/countries").param("callYear", "2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'RS')].participation").value("PROGRAMME"))
                .andExpect(jsonPath("$[?(@.code == 'UK')].participation").value("PROGRAMME"))
                .andExpect(jsonPath("$[?(@.code == 'EL')].participation").value("PROGRAMME"))
                .andExpect(jsonPath("$[?(@.code == 'CH')].participation").value("PARTNER"))
                .andExpect(jsonPath("$[?(@.code == 'LV')].names.lv").value("Latvija"))
                .andExpect(jsonPath("$[?(@.code == 'LV')].ioRateGroup").value("D"));
        mvc.perform(get("/api/v1/reference/countries").param("callYear", "2018"))
                .andExpect(jsonPath("$[?(@.code == 'RS')].participation").value("PARTNER"));
    }

    @Test
    void countsThirtyFourProgrammeCountriesFrom2019AndThirtyThreeBefore() throws Exception {
        mvc.perform(get("/api/v1/reference/countries").param("callYear", "2019"))
                .andExpect(jsonPath("$[?(@.programmeCountry == true)]", hasSize(34)));
        mvc.perform(get("/api/v1/reference/countries").param("callYear", "2018"))
                .andExpect(jsonPath("$[?(@.programmeCountry == true)]", hasSize(33)));
    }

    @Test
    void listsNoSerbianAgencyBeforeSerbiaJoined() throws Exception {
        mvc.perform(get("/api/v1/reference/national-agencies").param("callYear", "2018").param("country", "RS"))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/reference/national-agencies").param("callYear", "2019").param("country", "RS"))
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void schoolExchangePartnershipsOpenFromThe2018Call() throws Exception {
        mvc.perform(get("/api/v1/reference/action-types").param("callYear", "2017"))
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("KA201", "KA202", "KA203", "KA204", "KA205")));
        mvc.perform(get("/api/v1/reference/action-types").param("callYear", "2020"))
                .andExpect(jsonPath("$", hasSize(6)));
    }

    @Test
    void listsTheNineHorizontalPrioritiesOfTheDocument() throws Exception {
        mvc.perform(get("/api/v1/reference/priorities").param("callYear", "2020"))
                .andExpect(jsonPath("$[?(@.horizontal == true)]", hasSize(9)))
                .andExpect(jsonPath("$[?(@.code == 'HZ-ENVIRONMENT-CLIMATE')].names.lv").value("Vides un klimata mērķi"));
    }

    @Test
    void answersAnUnknownCallYearWithAProblemInTheAskedLanguage() throws Exception {
        mvc.perform(get("/api/v1/reference/countries").param("callYear", "2031").header("Accept-Language", "lv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("Konkursa gadam 2031 nav atsauces datu")));
    }

    @Test
    void answersMalformedParametersWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/reference/countries").param("callYear", "twenty"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("callYear")));
        mvc.perform(get("/api/v1/reference/national-agencies").param("country", "Latvia"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("two-letter code")));
    }
}
