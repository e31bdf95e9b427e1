package eu.sadarbe.places;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.organisations.domain.ContactPerson;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * Distances from Organisation IDs on the public distance API, resolved through the organisations register: from an
 * organisation of the test's own in Valmiera and to one in Tartu. A module test of places with its pages, on the
 * context of {@link PlacesModuleTests}. That an unknown Organisation ID is a problem is
 * {@code DistanceApiControllerTests}', on a web slice.
 */
@ModuleTest(extraIncludes = {"organisations", "accounts"})
@AutoConfigureMockMvc
class OrganisationDistanceTests {

    @Autowired MockMvc mvc;
    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;

    @Test
    void measuresFromTheCityOfARegisteredOrganisation() throws Exception {
        String valmiera = OwnApplicant.register(accounts, registration).oid();

        mvc.perform(get("/api/v1/distances").param("from", valmiera).param("to", "Tallinn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from.name").value("Valmiera"))
                .andExpect(jsonPath("$.distanceKm", allOf(greaterThanOrEqualTo(205), lessThanOrEqualTo(225))));
    }

    @Test
    void measuresBetweenTwoOrganisations() throws Exception {
        String valmiera = OwnApplicant.register(accounts, registration).oid();
        String tartu = aSchoolInTartu();

        mvc.perform(get("/api/v1/distances").param("from", valmiera.toLowerCase()).param("to", tartu))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to.name").value("Tartu"))
                .andExpect(jsonPath("$.learningTravelBand.fromKm").value(100))
                .andExpect(jsonPath("$.meetingBand.fromKm").value(100));
    }

    private String aSchoolInTartu() {
        String run = UUID.randomUUID().toString();
        return registration.register(new OrganisationDetails("Tartu kool " + run, null, CountryCode.of("EE"),
                "Tartu", "Kooli 1", "50090", OrganisationType.SCHOOL, null,
                String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L)), null, null,
                null, null, null, "Mari Direktor", null, null,
                List.of(new ContactPerson("Mari Direktor", "mari-" + run + "@example.ee", null)), List.of(), false,
                List.of()), null, null, OwnApplicant.outsideTheDemoRange()).oid().value();
    }
}
