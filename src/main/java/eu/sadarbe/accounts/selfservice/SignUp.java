package eu.sadarbe.accounts.selfservice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
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
 * Opening one's own applicant account (issue #15). The answer is the same whether or not the address has an
 * account: a new address gets a verification link, an address with an account gets an e-mail saying so (or, still
 * unverified, a fresh link) — so the page never tells who has an account.
 */
@Service
public class SignUp {

    private final AccountRepository accounts;
    private final JdbcAggregateTemplate aggregates;
    private final PasswordEncoder passwords;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final RequestThrottle throttle;
    private final AccountLinkSettings settings;
    private final SecurityEvents events;
    private final Clock clock;

    SignUp(AccountRepository accounts, JdbcAggregateTemplate aggregates, PasswordEncoder passwords,
           AccountTokens tokens, AccountMails mails, RequestThrottle throttle, AccountLinkSettings settings,
           SecurityEvents events, Clock clock) {
        this.accounts = accounts;
        this.aggregates = aggregates;
        this.passwords = passwords;
        this.tokens = tokens;
        this.mails = mails;
        this.throttle = throttle;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Refused when what was typed cannot be used; otherwise an e-mail goes to the address, whoever owns it. */
    @Transactional
    public void signUp(@Nullable String name, @Nullable String email, @Nullable String password, Locale language,
                       String clientAddress) {
        List<Refused.Problem> problems = new ArrayList<>(NewPasswords.checkName(name, "name"));
        if (!NewPasswords.isEmailAddress(email)) {
            problems.add(new Refused.Problem("email", "accounts.email.invalid"));
        }
        if (problems.isEmpty()) {
            problems.addAll(NewPasswords.check(password, name, email, "password"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        throttle(clientAddress);
        // Hashed whoever owns the address, so that the answer takes as long either way.
        String hash = passwords.encode(password);
        Optional<Account> existing = accounts.findByEmail(Account.normalise(email));
        if (existing.isPresent()) {
            remind(existing.get());
            return;
        }
        Account account = aggregates.insert(Account.signUp(email, name, hash, language, clock.instant()));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("account", account.id().toString());
        detail.put("email", account.email());
        detail.put("roles", List.of("APPLICANT"));
        detail.put("channel", "sign-up");
        events.record(SecurityEventKind.ACCOUNT_OPENED, account.id(), account.email(), detail);
        mails.verification(account.email(), account.displayName(), language,
                tokens.issue(account.id(), TokenPurpose.VERIFY_EMAIL, settings.verificationValidity()));
    }

    /** Another verification link for an address not yet verified; nothing for any other, and the same answer. */
    @Transactional
    public void resend(@Nullable String email, String clientAddress) {
        if (!NewPasswords.isEmailAddress(email)) {
            throw Refused.because("email", "accounts.email.invalid");
        }
        throttle(clientAddress);
        accounts.findByEmail(Account.normalise(email)).filter(account -> !account.isEmailVerified())
                .ifPresent(this::remind);
    }

    /** Opens the account whose link this is; false when the link was used, expired or never issued. */
    @Transactional
    public boolean verify(String token) {
        var holder = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL);
        holder.ifPresent(id -> {
            accounts.markEmailVerified(id.value(), java.time.OffsetDateTime.ofInstant(clock.instant(),
                    java.time.ZoneOffset.UTC));
            Account account = accounts.findById(id.value()).orElseThrow();
            events.record(SecurityEventKind.EMAIL_VERIFIED, account.id(), account.email(), Map.of());
        });
        return holder.isPresent();
    }

    private void remind(Account account) {
        Locale language = Locale.forLanguageTag(account.language());
        if (account.isEmailVerified()) {
            mails.alreadyRegistered(account.email(), account.displayName(), language);
        } else {
            mails.verification(account.email(), account.displayName(), language,
                    tokens.issue(account.id(), TokenPurpose.VERIFY_EMAIL, settings.verificationValidity()));
        }
    }

    private void throttle(String clientAddress) {
        throttle.take(clientAddress).ifPresent(wait -> {
            throw new TooManyRequests(clock.instant().plus(wait));
        });
    }
}
