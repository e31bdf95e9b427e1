package eu.sadarbe.places.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.domain.OrganisationRepository;
import eu.sadarbe.organisations.domain.PartnerSearch;
import eu.sadarbe.places.Distances;
import eu.sadarbe.places.domain.Gazetteer;

/**
 * The public distance API: the distance between two places with its bands of the call year, the candidates of an
 * ambiguous name, problems in the asked language, an unknown Organisation ID. A slice test: the API's controller
 * with the real distance calculator, gazetteer and rule figures, and the organisations register it locates
 * Organisation IDs in (empty: no demo data). That it keeps no session and is in the OpenAPI document is
 * {@code DistanceApiTests}', on the whole application.
 */
@WebSliceTest(value = DistanceApiController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "eu\\.sadarbe\\.organisations\\.OrganisationLocationsFromRegister"))
@Import({Distances.class, Gazetteer.class, RuleBook.class, ReferenceData.class, OrganisationRegister.class,
        OrganisationRepository.class, PartnerSearch.class})
class DistanceApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void measuresRigaToTallinnAtAbout280KilometresInTheFirstBands() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "Riga").param("to", "Tallinn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distanceKm", allOf(greaterThanOrEqualTo(275), lessThanOrEqualTo(285))))
                .andExpect(jsonPath("$.callYear").value(2020))
                .andExpect(jsonPath("$.from.name").value("Riga"))
                .andExpect(jsonPath("$.from.country").value("LV"))
                .andExpect(jsonPath("$.to.country").value("EE"))
                .andExpect(jsonPath("$.learningTravelBand.fromKm").value(100))
                .andExpect(jsonPath("$.learningTravelBand.toKm").value(499))
                .andExpect(jsonPath("$.meetingBand.fromKm").value(100))
                .andExpect(jsonPath("$.meetingBand.toKm").value(1999));
    }

    @Test
    void measuresRigaToLisbonInTheBandFrom3000To3999Kilometres() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "Rīga").param("to", "Lisbon").param("callYear", "2019")
                        .header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distanceKm", allOf(greaterThanOrEqualTo(3100), lessThanOrEqualTo(3200))))
                .andExpect(jsonPath("$.from.displayName").value("Rīga"))
                .andExpect(jsonPath("$.callYear").value(2019))
                .andExpect(jsonPath("$.learningTravelBand.fromKm").value(3000))
                .andExpect(jsonPath("$.learningTravelBand.toKm").value(3999))
                .andExpect(jsonPath("$.meetingBand.fromKm").value(2000))
                .andExpect(jsonPath("$.meetingBand.toKm").value(nullValue()));
    }

    @Test
    void findsLatvianPlacesWithOrWithoutDiacritics() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "Cesis").param("to", "cēsis"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from.name").value("Cēsis"))
                .andExpect(jsonPath("$.distanceKm").value(0))
                .andExpect(jsonPath("$.meetingBand").value(nullValue()))
                .andExpect(jsonPath("$.learningTravelBand").value(nullValue()));
    }

    @Test
    void answersAnAmbiguousNameWithItsCandidatesAndMeasuresTheChosenOne() throws Exception {
        String body = mvc.perform(get("/api/v1/distances").param("from", "Riga, LV").param("to", "Frankfurt"))
                .andExpect(status().isMultipleChoices())
                .andExpect(jsonPath("$.ambiguous").value(true))
                .andExpect(jsonPath("$.from.ambiguous").value(false))
                .andExpect(jsonPath("$.from.candidates", hasSize(1)))
                .andExpect(jsonPath("$.to.ambiguous").value(true))
                .andExpect(jsonPath("$.to.query").value("Frankfurt"))
                .andExpect(jsonPath("$.to.candidates[0].name").value("Frankfurt am Main"))
                .andExpect(jsonPath("$.to.candidates[1].name").value("Frankfurt (Oder)"))
                .andReturn().getResponse().getContentAsString();
        String oder = JsonPath.read(body, "$.to.candidates[1].reference");
        assertThat(oder).startsWith("geonames:");

        mvc.perform(get("/api/v1/distances").param("from", "Riga, LV").param("to", oder))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to.name").value("Frankfurt (Oder)"))
                .andExpect(jsonPath("$.to.region").value("Brandenburg"));
    }

    @Test
    void answersAnUnknownPlaceWithAProblemInTheAskedLanguage() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "Riga").param("to", "Nowhereville"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Place not found"))
                .andExpect(jsonPath("$.detail", containsString("\"Nowhereville\" (parameter 'to')")));
        mvc.perform(get("/api/v1/distances").param("from", "Nekurciems").param("to", "Riga")
                        .header("Accept-Language", "lv"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Vieta nav atrasta"))
                .andExpect(jsonPath("$.detail", containsString("Vietu sarakstā nav vietas \"Nekurciems\"")));
    }

    @Test
    void answersMissingPlacesAndUnknownCallYearsWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "Riga"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("'to'")));
        mvc.perform(get("/api/v1/distances").param("from", "  ").param("to", "Riga"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Enter a place for the parameter 'from'")));
        mvc.perform(get("/api/v1/distances").param("from", "Riga").param("to", "Tallinn").param("callYear", "2031")
                        .header("Accept-Language", "lv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("2031")));
        mvc.perform(get("/api/v1/distances").param("from", "Riga").param("to", "Tallinn").param("callYear", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("callYear")));
    }

    @Test
    void answersAnUnknownOrganisationWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "E99999999").param("to", "Riga"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No organisation has the Organisation ID E99999999."));
    }
}
