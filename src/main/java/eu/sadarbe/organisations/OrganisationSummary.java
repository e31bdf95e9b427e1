package eu.sadarbe.organisations;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/** An organisation as other modules see it. */
public record OrganisationSummary(OrganisationId id, Oid oid, String legalName, CountryCode country, String city,
                                  OrganisationType type, OrganisationStatus status, @Nullable String echeCode) {
}
