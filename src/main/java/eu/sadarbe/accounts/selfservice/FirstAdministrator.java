package eu.sadarbe.accounts.selfservice;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.domain.AccountLinkSettings;
import eu.sadarbe.accounts.domain.AccountRepository;
import eu.sadarbe.accounts.domain.AccountTokens;
import eu.sadarbe.accounts.domain.TokenPurpose;

/**
 * A fresh installation has no account at all (issue #15). While there is no administrator and
 * {@code sadarbe.accounts.admin-email} ({@code SADARBE_ADMIN_EMAIL}) names one, the node that starts opens an
 * administrator account for that address and e-mails it a single-use set-up link, where the administrator chooses a
 * name and a password. Once: the account's ADMIN role (a row with a primary key) is granted in the same transaction
 * as the link is issued, so a second node starting at once fails to grant it and sends nothing, and later starts
 * find an administrator. The log says that the link was sent, never the link.
 */
@Service
public class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final String adminEmail;
    private final AccountRepository accounts;
    private final AccountRegister register;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final AccountLinkSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SecurityEvents events;

    FirstAdministrator(@Value("${sadarbe.accounts.admin-email:}") String adminEmail, AccountRepository accounts,
                       AccountRegister register, AccountTokens tokens, AccountMails mails,
                       AccountLinkSettings settings, JdbcClient jdbc, TransactionTemplate transaction,
                       SecurityEvents events) {
        this.adminEmail = adminEmail.strip();
        this.accounts = accounts;
        this.register = register;
        this.tokens = tokens;
        this.mails = mails;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!adminEmail.isEmpty() && accounts.countAdministrators() == 0) {
            invite(adminEmail);
        } else if (adminEmail.isEmpty() && accounts.countAdministrators() == 0) {
            LOG.warn("There is no administrator: set SADARBE_ADMIN_EMAIL (sadarbe.accounts.admin-email) to have "
                    + "Sadarbe e-mail a set-up link to one");
        }
    }

    /**
     * Makes the address's account an administrator (opening one if needed) and e-mails it the set-up link, unless
     * it is an administrator already or another node just did so. True when this call sent the link.
     */
    public boolean invite(String email) {
        try {
            Boolean sent = transaction.execute(status -> {
                AccountSummary account = register.byEmail(email).orElseGet(() -> register.open(email, email,
                        unusablePassword(), Set.of(), null));
                if (account.roles().contains(Role.ADMIN)) {
                    return false;
                }
                grantAdministrator(account.id());
                mails.setUp(account.email(), Locale.forLanguageTag(account.language()),
                        tokens.issue(account.id(), TokenPurpose.SET_UP, settings.setUpValidity()));
                events.record(SecurityEventKind.ADMINISTRATOR_SET_UP_SENT, account.id(), account.email(), Map.of());
                return true;
            });
            if (Boolean.TRUE.equals(sent)) {
                LOG.info("E-mailed a set-up link for the first administrator to the address in "
                        + "sadarbe.accounts.admin-email; it works for {}", settings.setUpValidity());
            }
            return Boolean.TRUE.equals(sent);
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            LOG.info("Another node set up the first administrator at the same time; this one sends nothing");
            return false;
        }
    }

    private void grantAdministrator(AccountId id) {
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, 'ADMIN')").param(id.value()).update();
    }

    /** A password nobody knows (256 random bits), until the set-up link sets one. */
    private static String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
