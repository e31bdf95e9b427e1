package eu.sadarbe.organisations;

import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.sadarbe.places.OrganisationLocation;
import eu.sadarbe.places.OrganisationLocations;

/** Lets the distance calculator measure from an Organisation ID: the registered city and country. */
@Component
class OrganisationLocationsFromRegister implements OrganisationLocations {

    private final OrganisationRegister register;

    OrganisationLocationsFromRegister(OrganisationRegister register) {
        this.register = register;
    }

    @Override
    public Optional<OrganisationLocation> locate(String organisationId) {
        if (!Oid.isOid(organisationId)) {
            return Optional.empty();
        }
        return register.placeOf(Oid.of(organisationId))
                .map(place -> new OrganisationLocation(place.city(), place.country()));
    }
}
