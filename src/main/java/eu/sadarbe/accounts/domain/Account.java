package eu.sadarbe.accounts.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/** A person who signs in, with their roles; an agency officer is bound to one National Agency. */
@Table("account")
public class Account {

    @Id
    private final UUID id;
    private final String email;
    private final String displayName;
    private final String passwordHash;
    private final String preferredLanguage;
    private final @Nullable String nationalAgencyCode;
    private final boolean enabled;
    private final Instant createdAt;
    @MappedCollection(idColumn = "account_id")
    private final Set<RoleGrant> roles;

    Account(UUID id, String email, String displayName, String passwordHash, String preferredLanguage,
            @Nullable String nationalAgencyCode, boolean enabled, Instant createdAt, Set<RoleGrant> roles) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLanguage = preferredLanguage;
        this.nationalAgencyCode = nationalAgencyCode;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.roles = roles;
    }

    public static Account open(String email, String displayName, String passwordHash, Set<Role> roles,
                               @Nullable String nationalAgencyCode, Instant now) {
        if (roles.contains(Role.NA_OFFICER) && nationalAgencyCode == null) {
            throw new IllegalArgumentException("An agency officer is bound to one National Agency");
        }
        return new Account(UUID.randomUUID(), normalise(email), displayName, passwordHash, "en", nationalAgencyCode,
                true, now, roles.stream().map(RoleGrant::new).collect(Collectors.toSet()));
    }

    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String email() {
        return email;
    }

    public Set<Role> roles() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toSet());
    }

    public SignedInUser toSignedInUser() {
        return new SignedInUser(id(), email, displayName, roles(), nationalAgencyCode, preferredLanguage, enabled,
                passwordHash);
    }

    public AccountSummary toSummary() {
        return new AccountSummary(id(), email, displayName, roles(), nationalAgencyCode, preferredLanguage);
    }
}
