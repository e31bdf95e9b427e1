package eu.sadarbe.organisations;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.CountryCode;

/**
 * Where an organisation receives official letters and who represents it in law, as the register holds them: the
 * addressee of a decision letter (issue 17).
 */
public record LegalAddress(String legalName, String address, @Nullable String postcode, String city,
                           CountryCode country, String legalRepresentativeName,
                           @Nullable String legalRepresentativePosition) {
}
