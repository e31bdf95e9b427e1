package eu.sadarbe.accounts.administration;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.ExpertAppointed;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.twofactor.TwoFactor;

/**
 * What administrators do with accounts: find them, open accounts for agency officers and experts, give and take
 * roles, deactivate and reactivate, require a new password, reset two-factor sign-in. Every change is a security
 * event with the administrator as its author; a change of roles or access ends the person's sessions, so that it
 * applies at once on every node.
 */
@Service
public class UserAdministration {

    public static final int PAGE_SIZE = 50;
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final AccountRegister register;
    private final AccountSessions sessions;
    private final TwoFactor twoFactor;
    private final SecurityEvents events;
    private final ApplicationEventPublisher publisher;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(JdbcClient jdbc, AccountRegister register, AccountSessions sessions, TwoFactor twoFactor,
                       SecurityEvents events, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.register = register;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.events = events;
        this.publisher = publisher;
    }

    @Transactional(readOnly = true)
    public AccountList search(@Nullable String text, @Nullable Role role, int requestedPage) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            conditions.add("(LOWER(a.email) LIKE :text ESCAPE '\\' OR LOWER(a.display_name) LIKE :text ESCAPE '\\')");
            params.put("text", "%" + likeEscaped(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (role != null) {
            conditions.add("EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = :role)");
            params.put("role", role.name());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM account a" + where).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), pages);
        List<AccountRow> rows = jdbc.sql(SELECT + where + " ORDER BY a.email LIMIT " + PAGE_SIZE + " OFFSET "
                        + (page - 1) * PAGE_SIZE)
                .params(params).query(this::row).list();
        return new AccountList(rows, page, pages, total);
    }

    @Transactional(readOnly = true)
    public Optional<AccountRow> account(AccountId id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id.value()).query(this::row).optional();
    }

    /**
     * Opens an account for an agency officer or an expert of one National Agency, with a first password that the
     * administrator passes on and the person must replace at their first sign-in. Returns that password.
     */
    @Transactional
    public OpenedAccount open(String email, String displayName, Role role, String nationalAgencyCode) {
        if (role != Role.NA_OFFICER && role != Role.EXPERT) {
            throw new IllegalArgumentException("Administrators open accounts for officers and experts");
        }
        String firstPassword = firstPassword();
        AccountSummary opened = register.open(email.strip(), displayName.strip(), firstPassword, Set.of(role),
                role == Role.NA_OFFICER ? nationalAgencyCode : null);
        jdbc.sql("UPDATE account SET password_change_required = TRUE WHERE id = :id")
                .param("id", opened.id().value()).update();
        if (role == Role.EXPERT) {
            publisher.publishEvent(new ExpertAppointed(opened.id(), opened.email(), opened.displayName(),
                    nationalAgencyCode, opened.language()));
        }
        return new OpenedAccount(opened.id(), firstPassword);
    }

    /** Gives a role; an officer's needs the agency, and an expert's places them in that agency's pool. */
    @Transactional
    public void grant(AccountId id, Role role, @Nullable String nationalAgencyCode) {
        AccountRow account = existing(id);
        if (account.has(role)) {
            return;
        }
        String agency = nationalAgencyCode == null || nationalAgencyCode.isBlank() ? account.nationalAgencyCode()
                : nationalAgencyCode;
        if ((role == Role.NA_OFFICER || role == Role.EXPERT) && agency == null) {
            throw new AdministrationRefused("users.refused.agencyNeeded");
        }
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, :role)")
                .param("id", id.value()).param("role", role.name()).update();
        if (role == Role.NA_OFFICER) {
            jdbc.sql("UPDATE account SET national_agency_code = :agency WHERE id = :id")
                    .param("agency", agency).param("id", id.value()).update();
        }
        if (role == Role.EXPERT && agency != null) {
            String language = jdbc.sql("SELECT preferred_language FROM account WHERE id = :id")
                    .param("id", id.value()).query(String.class).single();
            publisher.publishEvent(new ExpertAppointed(id, account.email(), account.displayName(), agency, language));
        }
        changed(SecurityEventKind.ROLE_GRANTED, account, Map.of("role", role.name()));
    }

    /** Takes a role away; never an administrator's own, the last active administrator's, or an account's last. */
    @Transactional
    public void revoke(SignedInUser administrator, AccountId id, Role role) {
        AccountRow account = existing(id);
        if (!account.has(role)) {
            return;
        }
        if (role == Role.ADMIN && administrator.id().equals(id)) {
            throw new AdministrationRefused("users.refused.ownAdministratorRole");
        }
        if (role == Role.ADMIN && account.enabled() && activeAdministrators() <= 1) {
            throw new AdministrationRefused("users.refused.lastAdministrator");
        }
        if (account.roles().size() == 1) {
            throw new AdministrationRefused("users.refused.lastRole");
        }
        jdbc.sql("DELETE FROM account_role WHERE account_id = :id AND role = :role")
                .param("id", id.value()).param("role", role.name()).update();
        if (role == Role.NA_OFFICER) {
            jdbc.sql("UPDATE account SET national_agency_code = NULL WHERE id = :id").param("id", id.value()).update();
        }
        changed(SecurityEventKind.ROLE_REVOKED, account, Map.of("role", role.name()));
    }

    /** The account can no longer sign in, and its open sessions end. */
    @Transactional
    public void deactivate(SignedInUser administrator, AccountId id) {
        AccountRow account = existing(id);
        if (administrator.id().equals(id)) {
            throw new AdministrationRefused("users.refused.deactivateSelf");
        }
        if (account.has(Role.ADMIN) && account.enabled() && activeAdministrators() <= 1) {
            throw new AdministrationRefused("users.refused.lastAdministrator");
        }
        setEnabled(account, false, SecurityEventKind.ACCOUNT_DEACTIVATED);
    }

    @Transactional
    public void reactivate(AccountId id) {
        AccountRow account = existing(id);
        if (account.erasedAt() != null) {
            throw new AdministrationRefused("users.refused.erased");
        }
        setEnabled(account, true, SecurityEventKind.ACCOUNT_REACTIVATED);
    }

    /** The next sign-in must set a new password; open sessions end now. */
    @Transactional
    public void requireNewPassword(AccountId id) {
        AccountRow account = existing(id);
        jdbc.sql("UPDATE account SET password_change_required = TRUE WHERE id = :id")
                .param("id", id.value()).update();
        changed(SecurityEventKind.PASSWORD_RESET_FORCED, account, Map.of());
    }

    /** For a lost phone: the person signs in with the password alone (or enrols again where it is required). */
    @Transactional
    public void resetTwoFactor(AccountId id) {
        AccountRow account = existing(id);
        twoFactor.remove(id);
        sessions.endAll(account.email());
    }

    private void setEnabled(AccountRow account, boolean enabled, SecurityEventKind kind) {
        if (account.enabled() == enabled) {
            return;
        }
        jdbc.sql("UPDATE account SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled).param("id", account.id().value()).update();
        changed(kind, account, Map.of());
    }

    /** Records the change with the administrator as its author and ends the person's sessions. */
    private void changed(SecurityEventKind kind, AccountRow account, Map<String, String> more) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("account", account.id().toString());
        detail.put("email", account.email());
        detail.putAll(more);
        detail.put("sessionsEnded", sessions.endAll(account.email()));
        events.record(kind, detail);
    }

    private int activeAdministrators() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id
                        WHERE r.role = 'ADMIN' AND a.enabled""")
                .query(Integer.class).single();
    }

    private AccountRow existing(AccountId id) {
        return account(id).orElseThrow(() -> new AdministrationRefused("users.refused.unknown"));
    }

    private String firstPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static final String SELECT = """
            SELECT a.id, a.email, a.display_name, a.national_agency_code, a.enabled, a.last_signed_in_at,
                a.two_factor_secret IS NOT NULL AS two_factor, a.password_change_required, a.erasure_requested_at,
                a.erased_at, (SELECT STRING_AGG(r.role, ',') FROM account_role r WHERE r.account_id = a.id) AS roles
            FROM account a""";

    private AccountRow row(ResultSet row, int number) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String listed = row.getString("roles");
        if (listed != null) {
            for (String role : listed.split(",")) {
                roles.add(Role.valueOf(role));
            }
        }
        return new AccountRow(new AccountId(row.getObject("id", UUID.class)), row.getString("email"),
                row.getString("display_name"), roles, row.getString("national_agency_code"),
                row.getBoolean("enabled"), instant(row, "last_signed_in_at"), row.getBoolean("two_factor"),
                row.getBoolean("password_change_required"), instant(row, "erasure_requested_at"),
                instant(row, "erased_at"));
    }

    private static java.time.@Nullable Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A new account and the first password to hand over (shown once). */
    public record OpenedAccount(AccountId id, String firstPassword) {
    }
}
