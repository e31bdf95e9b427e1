package eu.sadarbe.organisations.domain;

import org.jspecify.annotations.Nullable;

/** A person the agency and partners may contact about the organisation; personal data, never shown publicly. */
public record ContactPerson(String fullName, String email, @Nullable String phone) {
}
