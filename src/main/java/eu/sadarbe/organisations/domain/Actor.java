package eu.sadarbe.organisations.domain;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/** Who asks for a change to the register: their account, roles and, for an agency officer, their agency. */
public record Actor(AccountId account, Set<Role> roles, @Nullable String nationalAgencyCode) {

    public static Actor of(SignedInUser user) {
        return new Actor(user.id(), user.roles(), user.nationalAgencyCode());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
