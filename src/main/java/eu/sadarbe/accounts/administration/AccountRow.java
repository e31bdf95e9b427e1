package eu.sadarbe.accounts.administration;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.Role;

/** An account as administrators see it in the list and on its own page. */
public record AccountRow(AccountId id, String email, String displayName, Set<Role> roles,
                         @Nullable String nationalAgencyCode, boolean enabled, @Nullable Instant lastSignedInAt,
                         boolean twoFactor, boolean newPasswordRequired, @Nullable Instant erasureRequestedAt,
                         @Nullable Instant erasedAt) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
