package eu.sadarbe.places;

import eu.sadarbe.shared.CountryCode;

/** The city (as registered, any spelling) and the country of an organisation. */
public record OrganisationLocation(String city, CountryCode country) {
}
