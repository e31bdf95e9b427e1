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
    private final @Nullable Instant emailVerifiedAt;
    @MappedCollection(idColumn = "account_id")
    private final Set<RoleGrant> roles;

    Account(UUID id, String email, String displayName, String passwordHash, String preferredLanguage,
            @Nullable String nationalAgencyCode, boolean enabled, Instant createdAt, @Nullable Instant emailVerifiedAt,
            Set<RoleGrant> roles) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLanguage = preferredLanguage;
        this.nationalAgencyCode = nationalAgencyCode;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.emailVerifiedAt = emailVerifiedAt;
        this.roles = roles;
    }

    public static Account open(String email, String displayName, String passwordHash, Set<Role> roles,
                               @Nullable String nationalAgencyCode, Instant now) {
        if (roles.contains(Role.NA_OFFICER) && nationalAgencyCode == null) {
            throw new IllegalArgumentException("An agency officer is bound to one National Agency");
        }
        return new Account(UUID.randomUUID(), normalise(email), displayName, passwordHash, "en", nationalAgencyCode,
                true, now, now, roles.stream().map(RoleGrant::new).collect(Collectors.toSet()));
    }

    /**
     * An applicant's own account from the sign-up page, in the language of that page: it signs in only once the
     * e-mail address is verified (issue #15).
     */
    public static Account signUp(String email, String displayName, String passwordHash, Locale language, Instant now) {
        return new Account(UUID.randomUUID(), normalise(email), displayName.strip(), passwordHash,
                "lv".equals(language.getLanguage()) ? "lv" : "en", null, true, now, null,
                Set.of(new RoleGrant(Role.APPLICANT)));
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

    public String displayName() {
        return displayName;
    }

    public String language() {
        return preferredLanguage;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Set<Role> roles() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toSet());
    }

    public SignedInUser toSignedInUser() {
        return new SignedInUser(id(), email, displayName, roles(), nationalAgencyCode, preferredLanguage,
                enabled && emailVerifiedAt != null, passwordHash);
    }

    public AccountSummary toSummary() {
        return new AccountSummary(id(), email, displayName, roles(), nationalAgencyCode, preferredLanguage);
    }
}
