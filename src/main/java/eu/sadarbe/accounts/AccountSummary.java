package eu.sadarbe.accounts;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An account as other modules and screens see it. */
public record AccountSummary(AccountId id, String email, String displayName, Set<Role> roles,
                             @Nullable String nationalAgencyCode, String language) {
}
