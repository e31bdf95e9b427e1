package eu.sadarbe.organisations;

import eu.sadarbe.shared.CountryCode;

/** Where an organisation is established: what the distance calculator measures from. */
public record OrganisationPlace(Oid oid, String city, CountryCode country) {
}
