package eu.sadarbe.places;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.shared.CountryCode;

/** Distances from Organisation IDs, with a stand-in for the organisations register. */
@SadarbeTest
@Import(OrganisationDistanceTests.KnownOrganisations.class)
class OrganisationDistanceTests {

    @Autowired
    MockMvc mvc;

    @Test
    void measuresFromTheCityOfAnOrganisation() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "E10000001").param("to", "Tallinn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from.name").value("Cēsis"))
                .andExpect(jsonPath("$.distanceKm", allOf(greaterThanOrEqualTo(200), lessThanOrEqualTo(260))));
    }

    @Test
    void measuresBetweenTwoOrganisations() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "e10000001").param("to", "E10000002"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to.name").value("Lisbon"))
                .andExpect(jsonPath("$.learningTravelBand.fromKm").value(3000));
    }

    @Test
    void answersAnUnknownOrganisationWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "E99999999").param("to", "Riga"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No organisation has the Organisation ID E99999999."));
    }

    @Test
    void answersAnOrganisationInACityOutsideTheGazetteerWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "E10000003").param("to", "Riga"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("The city of organisation E10000003 (parameter 'from') is not in the gazetteer."));
    }

    @TestConfiguration
    static class KnownOrganisations {

        @Bean
        OrganisationLocations organisationLocations() {
            Map<String, OrganisationLocation> known = Map.of(
                    "E10000001", new OrganisationLocation("Cesis", CountryCode.of("LV")),
                    "E10000002", new OrganisationLocation("Lisboa", CountryCode.of("PT")),
                    "E10000003", new OrganisationLocation("Atlantis", CountryCode.of("EL")));
            return organisationId -> Optional.ofNullable(known.get(organisationId));
        }
    }
}
