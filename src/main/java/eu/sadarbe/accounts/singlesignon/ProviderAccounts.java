package eu.sadarbe.accounts.singlesignon;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.domain.Account;
import eu.sadarbe.accounts.domain.AccountRepository;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Admitted;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Refusal;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Refused;

/**
 * Finds the account for an identity at an OpenID Connect provider. A linked identity signs in to its account
 * whatever e-mail address the provider gives now. An identity seen for the first time needs an address the
 * provider has verified: it is linked to the account with that address, or a new applicant account is opened for
 * it. The roles are always the account's own; nothing in the provider's token grants any.
 */
@Service
public class ProviderAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 200;

    private final AccountRepository accounts;
    private final AccountRegister register;
    private final SecurityEvents events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProviderAccounts(AccountRepository accounts, AccountRegister register, SecurityEvents events, JdbcClient jdbc,
                     Clock clock) {
        this.accounts = accounts;
        this.register = register;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public ProviderSignIn signIn(ProviderIdentity identity) {
        Optional<UUID> linked = jdbc.sql("""
                        SELECT account_id FROM account_provider_link WHERE issuer = :issuer AND subject = :subject""")
                .param("issuer", identity.issuer()).param("subject", identity.subject())
                .query(UUID.class).optional();
        if (linked.isPresent()) {
            Account account = accounts.findById(linked.get()).orElseThrow();
            if (!account.toSignedInUser().isEnabled()) {
                return refuse(identity, Refusal.INACTIVE, account);
            }
            jdbc.sql("""
                            UPDATE account_provider_link SET last_sign_in_at = :now
                            WHERE issuer = :issuer AND subject = :subject""")
                    .param("now", now()).param("issuer", identity.issuer()).param("subject", identity.subject())
                    .update();
            return new Admitted(signedIn(account), false, false);
        }
        String email = usableEmail(identity.email());
        if (email == null) {
            return refuse(identity, Refusal.NO_EMAIL, null);
        }
        if (!identity.emailVerified()) {
            return refuse(identity, Refusal.UNVERIFIED, null);
        }
        Optional<Account> existing = accounts.findByEmail(Account.normalise(email));
        if (existing.isPresent() && !existing.get().toSignedInUser().isEnabled()) {
            return refuse(identity, Refusal.INACTIVE, existing.get());
        }
        if (existing.isPresent() && linkedElsewhereAtThisProvider(existing.get(), identity.issuer())) {
            return refuse(identity, Refusal.OTHER_IDENTITY, existing.get());
        }
        Account account = existing.orElseGet(() -> open(email, identity.name()));
        jdbc.sql("""
                        INSERT INTO account_provider_link (issuer, subject, account_id, linked_at, last_sign_in_at)
                        VALUES (:issuer, :subject, :account, :now, :now)""")
                .param("issuer", identity.issuer()).param("subject", identity.subject())
                .param("account", account.id().value()).param("now", now())
                .update();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("issuer", identity.issuer());
        detail.put("subject", identity.subject());
        detail.put("accountOpened", existing.isEmpty());
        events.record(SecurityEventKind.SINGLE_SIGN_ON_LINKED, account.id(), account.email(), detail);
        return new Admitted(signedIn(account), true, existing.isEmpty());
    }

    /** The active account this identity is linked to, for its access tokens on the API (never opens or links one). */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> linkedTo(String issuer, String subject) {
        return jdbc.sql("SELECT account_id FROM account_provider_link WHERE issuer = :issuer AND subject = :subject")
                .param("issuer", issuer).param("subject", subject)
                .query(UUID.class).optional()
                .flatMap(accounts::findById)
                .map(ProviderAccounts::signedIn)
                .filter(SignedInUser::isEnabled);
    }

    /**
     * A new applicant account. It gets a random password that nobody knows: the person signs in through the provider,
     * and can set a password of their own with a password reset.
     */
    private Account open(String email, @Nullable String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String displayName = name == null || name.isBlank() ? email : cut(name.strip(), MAX_NAME);
        AccountSummary opened = register.open(email, displayName, Base64.getUrlEncoder().encodeToString(secret),
                Set.of(Role.APPLICANT), null);
        return accounts.findById(opened.id().value()).orElseThrow();
    }

    private boolean linkedElsewhereAtThisProvider(Account account, String issuer) {
        return jdbc.sql("SELECT COUNT(*) FROM account_provider_link WHERE account_id = :account AND issuer = :issuer")
                .param("account", account.id().value()).param("issuer", issuer)
                .query(Integer.class).single() > 0;
    }

    private ProviderSignIn refuse(ProviderIdentity identity, Refusal reason, @Nullable Account account) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", reason.code());
        detail.put("issuer", identity.issuer());
        detail.put("subject", identity.subject());
        events.record(SecurityEventKind.SINGLE_SIGN_ON_REFUSED, account == null ? null : account.id(),
                account == null ? identity.email() : account.email(), detail);
        return new Refused(reason);
    }

    /** As after a password sign-in: the account and its roles, without the password's hash. */
    private static SignedInUser signedIn(Account account) {
        SignedInUser user = account.toSignedInUser();
        user.eraseCredentials();
        return user;
    }

    private static @Nullable String usableEmail(@Nullable String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.strip();
        int at = trimmed.indexOf('@');
        return trimmed.length() <= MAX_EMAIL && at > 0 && at < trimmed.length() - 1 && trimmed.indexOf('@', at + 1) < 0
                && trimmed.chars().noneMatch(Character::isWhitespace) ? trimmed : null;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
