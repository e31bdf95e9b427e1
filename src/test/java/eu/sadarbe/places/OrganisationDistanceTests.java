package eu.sadarbe.places;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/**
 * Distances from Organisation IDs, resolved through the organisations register: from and to organisations of the
 * demo data, on the whole application. A web slice cannot register organisations of its own (the registration needs
 * the accounts module, its Spring Data JDBC repository and the security configuration's password encoder). That an
 * unknown Organisation ID is a problem is {@code DistanceApiControllerTests}', on a web slice.
 */
@SadarbeTest
class OrganisationDistanceTests {

    @Autowired
    MockMvc mvc;

    @Test
    void measuresFromTheCityOfARegisteredOrganisation() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "E10000001").param("to", "Tallinn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from.name").value("Riga"))
                .andExpect(jsonPath("$.distanceKm", allOf(greaterThanOrEqualTo(270), lessThanOrEqualTo(290))));
    }

    @Test
    void measuresBetweenTwoOrganisations() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "e10000001").param("to", "E10000003"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to.name").value("Tallinn"))
                .andExpect(jsonPath("$.learningTravelBand.fromKm").value(100))
                .andExpect(jsonPath("$.meetingBand.fromKm").value(100));
    }
}
