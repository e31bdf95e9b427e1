package eu.sadarbe.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.calls.DistanceBand;
import eu.sadarbe.organisations.domain.ContactPerson;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * The places module with what it depends on (calls, shared, web) and the organisations module with accounts, which
 * implements its {@link OrganisationLocations} (without them {@link Distances} does not start), no demo data: the
 * distance calculator measures between two cities and from a registered organisation, with the bands of the call
 * year's rule figures read from the database. Places neither publishes nor listens to events. A module test
 * (issue #14, item 8), with MockMvc so that {@link OrganisationDistanceTests} shares its context.
 */
@ModuleTest(extraIncludes = {"organisations", "accounts"})
@AutoConfigureMockMvc
class PlacesModuleTests {

    @Autowired Distances distances;
    @Autowired OrganisationRegistration registration;

    @Test
    void measuresRigaToTallinnWithTheMeetingAndLearningTravelBandsOfTheCallYear() {
        DistanceMeasurement measured = distances.measure(PlaceReference.parse("Rīga"), PlaceReference.parse("Tallinn"),
                2020);

        Distance distance = measured.distance();
        assertThat(distance).isNotNull();
        assertThat(distance.kilometres()).isBetween(270, 290);
        assertThat(distance.meetingBand()).as("R-FIN-04").extracting(DistanceBand::label, DistanceBand::amount)
                .containsExactly("100–1999 km", new BigDecimal("575.00"));
        assertThat(distance.learningTravelBand()).as("R-FIN-07").extracting(DistanceBand::label, DistanceBand::amount)
                .containsExactly("100–499 km", new BigDecimal("180.00"));
    }

    @Test
    void measuresFromTheCityOfARegisteredOrganisation() {
        String run = UUID.randomUUID().toString();
        String oid = registration.register(new OrganisationDetails("Tartu kool " + run, null, CountryCode.of("EE"),
                "Tartu", "Kooli 1", "50090", OrganisationType.SCHOOL, null,
                String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L)), null, null,
                null, null, null, "Mari Direktor", null, null,
                List.of(new ContactPerson("Mari Direktor", "mari-" + run + "@example.ee", null)), List.of(), false,
                List.of()), null, null, OwnApplicant.outsideTheDemoRange()).oid().value();

        DistanceMeasurement measured = distances.measure(PlaceReference.parse(oid), PlaceReference.parse("Riga"), 2020);

        assertThat(measured.from().place().name()).isEqualTo("Tartu");
        assertThat(measured.distance()).isNotNull();
        assertThat(measured.distance().kilometres()).isBetween(200, 260);
    }
}
