package eu.sadarbe.places;

import java.util.Optional;

/**
 * Where a registered organisation is: its city and country, for measuring distances from an Organisation ID. The
 * organisations module implements it as a Spring bean, which the distance calculator needs to start: an Organisation
 * ID that is not registered is a 404 ({@link UnknownOrganisation}).
 */
public interface OrganisationLocations {

    /** The city and country of the organisation with this Organisation ID ({@code E} + 8 digits), if registered. */
    Optional<OrganisationLocation> locate(String organisationId);
}
