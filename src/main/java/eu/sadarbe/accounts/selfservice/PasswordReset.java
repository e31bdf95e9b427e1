package eu.sadarbe.accounts.selfservice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.domain.Account;
import eu.sadarbe.accounts.domain.AccountLinkSettings;
import eu.sadarbe.accounts.domain.AccountRepository;
import eu.sadarbe.accounts.domain.AccountTokens;
import eu.sadarbe.accounts.domain.RequestThrottle;
import eu.sadarbe.accounts.domain.TokenPurpose;

/**
 * A forgotten password (issue #15): the same answer whether or not the address has an account; an e-mailed link
 * that works once, for an hour; and once a new password is chosen, every session of the account ends, on every
 * node. The first administrator's set-up link opens the same page, with the name to fill in as well.
 */
@Service
public class PasswordReset {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final RequestThrottle throttle;
    private final AccountLinkSettings settings;
    private final Sessions sessions;
    private final SecurityEvents events;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, PasswordEncoder passwords, AccountTokens tokens, AccountMails mails,
                  RequestThrottle throttle, AccountLinkSettings settings, Sessions sessions, SecurityEvents events,
                  Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.mails = mails;
        this.throttle = throttle;
        this.settings = settings;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** E-mails a reset link if the address has an account; says nothing either way. */
    @Transactional
    public void request(@Nullable String email, String clientAddress) {
        if (!NewPasswords.isEmailAddress(email)) {
            throw Refused.because("email", "accounts.email.invalid");
        }
        throttle.take(clientAddress).ifPresent(wait -> {
            throw new TooManyRequests(clock.instant().plus(wait));
        });
        accounts.findByEmail(Account.normalise(email)).ifPresent(account ->
                mails.passwordReset(account.email(), account.displayName(), Locale.forLanguageTag(account.language()),
                        tokens.issue(account.id(), TokenPurpose.RESET_PASSWORD, settings.resetValidity())));
    }

    /** What the link lets its holder do, while it still works. */
    @Transactional(readOnly = true)
    public Optional<Link> link(String token) {
        for (TokenPurpose purpose : List.of(TokenPurpose.RESET_PASSWORD, TokenPurpose.SET_UP)) {
            var holder = tokens.holder(token, purpose);
            if (holder.isPresent()) {
                Account account = accounts.findById(holder.get().value()).orElseThrow();
                return Optional.of(new Link(purpose == TokenPurpose.SET_UP, account.email(), account.displayName()));
            }
        }
        return Optional.empty();
    }

    /**
     * Sets the new password (and, on a set-up link, the name), uses the link up, counts the address as verified
     * (the link reached it) and ends every session of the account. False when the link no longer works.
     */
    @Transactional
    public boolean choose(String token, @Nullable String password, @Nullable String name) {
        Optional<Link> link = link(token);
        if (link.isEmpty()) {
            return false;
        }
        String displayName = link.get().setUp() ? (name == null ? "" : name.strip()) : link.get().displayName();
        List<Refused.Problem> problems = new ArrayList<>();
        if (link.get().setUp()) {
            problems.addAll(NewPasswords.checkName(name, "name"));
        }
        problems.addAll(NewPasswords.check(password, displayName, link.get().email(), "password"));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        TokenPurpose purpose = link.get().setUp() ? TokenPurpose.SET_UP : TokenPurpose.RESET_PASSWORD;
        var holder = tokens.redeem(token, purpose);
        if (holder.isEmpty()) {
            return false;
        }
        accounts.updatePasswordHash(holder.get().value(), passwords.encode(password));
        if (link.get().setUp()) {
            accounts.updateDisplayName(holder.get().value(), displayName);
        }
        accounts.markEmailVerified(holder.get().value(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        int ended = sessions.endAll(link.get().email(), null);
        events.record(SecurityEventKind.PASSWORD_RESET, holder.get(), link.get().email(),
                Map.of("link", purpose.name(), "sessionsEnded", ended));
        return true;
    }

    /** A working link: a reset, or the first administrator's set-up (then the name is asked too). */
    public record Link(boolean setUp, String email, String displayName) {
    }
}
