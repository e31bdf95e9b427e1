package eu.sadarbe.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import eu.sadarbe.web.Person;

/**
 * The person behind a request: who they are, their roles and, for an agency officer, their National Agency.
 * Stored in the database-backed session, so any node can serve them.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable, Person {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountId id;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final @Nullable String nationalAgencyCode;
    private final String language;
    private final boolean enabled;
    private @Nullable String passwordHash;

    public SignedInUser(AccountId id, String email, String displayName, Set<Role> roles,
                        @Nullable String nationalAgencyCode, String language, boolean enabled,
                        @Nullable String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.nationalAgencyCode = nationalAgencyCode;
        this.language = language;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public AccountId id() {
        return id;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public @Nullable String nationalAgencyCode() {
        return nationalAgencyCode;
    }

    /** Whether this is an officer of that National Agency: the one access check of the agencies' back offices. */
    public boolean isOfficerOf(@Nullable String agencyCode) {
        return roles.contains(Role.NA_OFFICER) && nationalAgencyCode != null
                && nationalAgencyCode.equals(agencyCode);
    }

    /** The agency's code; refuses anyone but an officer of that National Agency ({@link NotAnOfficerOfAgency}, 403). */
    public String requireOfficerOf(String agencyCode) {
        if (!isOfficerOf(agencyCode)) {
            throw new NotAnOfficerOfAgency(agencyCode);
        }
        return agencyCode;
    }

    /** The officer's own National Agency, if this is an agency officer with one. */
    public Optional<String> officerAgency() {
        return roles.contains(Role.NA_OFFICER) ? Optional.ofNullable(nationalAgencyCode) : Optional.empty();
    }

    /** The officer's own National Agency; refuses anyone who is not an officer of an agency (403). */
    public String requireOfficerAgency() {
        return officerAgency().orElseThrow(() -> new NotAnOfficerOfAgency("an agency"));
    }

    /** Refuses anyone without the role ({@link RoleRequired}, 403). */
    public void requireRole(Role role) {
        if (!roles.contains(role)) {
            throw new RoleRequired(role);
        }
    }

    public String language() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + email + ", " + roles + "]";
    }
}
