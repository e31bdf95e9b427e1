package eu.sadarbe.accounts.personaldata;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountErased;
import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.accounts.administration.AccountSessions;
import eu.sadarbe.accounts.administration.AdministrationRefused;

/**
 * Erasure on request (GDPR Art. 17): the person asks on their account page, an administrator confirms. The account
 * is then anonymised — no e-mail address, name, password, second factor or roles remain, and it can never sign in
 * again. Records the agency must keep (submitted applications, scores, decisions, the security event log) keep the
 * name they were made with, for the retention period in the privacy notice.
 */
@Service
public class Erasure {

    static final String ERASED_NAME = "—";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AccountSessions sessions;
    private final SecurityEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Erasure(JdbcClient jdbc, PasswordEncoder passwords, AccountSessions sessions, SecurityEvents events,
            ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.sessions = sessions;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public void request(SignedInUser person) {
        int asked = jdbc.sql("""
                        UPDATE account SET erasure_requested_at = :at
                        WHERE id = :id AND erasure_requested_at IS NULL AND erased_at IS NULL""")
                .param("at", now()).param("id", person.id().value()).update();
        if (asked == 1) {
            events.record(SecurityEventKind.ERASURE_REQUESTED, Map.of("account", person.id().toString()));
        }
    }

    @Transactional(readOnly = true)
    public boolean isRequested(AccountId id) {
        return jdbc.sql("SELECT erasure_requested_at FROM account WHERE id = :id AND erased_at IS NULL")
                .param("id", id.value()).query(OffsetDateTime.class).optional().isPresent();
    }

    /** An administrator carries out the person's request; never their own, never without a request. */
    @Transactional
    public void carryOut(SignedInUser administrator, AccountId id) {
        if (administrator.id().equals(id)) {
            throw new AdministrationRefused("users.refused.deactivateSelf");
        }
        String email = jdbc.sql("""
                        SELECT email FROM account
                        WHERE id = :id AND erasure_requested_at IS NOT NULL AND erased_at IS NULL""")
                .param("id", id.value()).query(String.class).optional()
                .orElseThrow(() -> new AdministrationRefused("users.refused.noErasureRequest"));
        sessions.endAll(email);
        jdbc.sql("""
                        UPDATE account SET email = :placeholder, display_name = :name, password_hash = :unusable,
                            enabled = FALSE, national_agency_code = NULL, last_signed_in_at = NULL,
                            password_change_required = FALSE, two_factor_secret = NULL, two_factor_last_step = NULL,
                            two_factor_enrolled_at = NULL, erased_at = :at
                        WHERE id = :id""")
                .param("placeholder", "erased-" + id + "@erased.invalid").param("name", ERASED_NAME)
                .param("unusable", passwords.encode(UUID.randomUUID().toString() + UUID.randomUUID()))
                .param("at", now()).param("id", id.value())
                .update();
        jdbc.sql("DELETE FROM account_role WHERE account_id = :id").param("id", id.value()).update();
        jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = :id").param("id", id.value()).update();
        events.record(SecurityEventKind.ACCOUNT_ANONYMISED, Map.of("account", id.toString()));
        publisher.publishEvent(new AccountErased(id, email));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
