package eu.sadarbe.accounts.selfservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.domain.Account;
import eu.sadarbe.accounts.domain.AccountRepository;

/** What a signed-in person changes on their own account page: their name and their password. */
@Service
public class OwnAccount {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final SecurityEvents events;

    OwnAccount(AccountRepository accounts, PasswordEncoder passwords, Sessions sessions, SecurityEvents events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    public String rename(AccountId id, @Nullable String name) {
        List<Refused.Problem> problems = NewPasswords.checkName(name, "name");
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        accounts.updateDisplayName(id.value(), name.strip());
        return name.strip();
    }

    /**
     * The current password proves it is the owner at the keyboard; the new one must pass the password rule. Every
     * other session of the account ends (a thief signed in elsewhere is signed out); this one stays.
     */
    @Transactional
    public void changePassword(AccountId id, @Nullable String current, @Nullable String chosen,
                               @Nullable String sessionId) {
        Account account = accounts.findById(id.value()).orElseThrow();
        String hash = account.toSignedInUser().getPassword();
        if (current == null || hash == null || !passwords.matches(current, hash)) {
            throw Refused.because("current-password", "accounts.password.currentWrong");
        }
        List<Refused.Problem> problems = new ArrayList<>(NewPasswords.check(chosen, account.displayName(),
                account.email(), "new-password"));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        accounts.updatePasswordHash(id.value(), passwords.encode(chosen));
        int ended = sessions.endAll(account.email(), sessionId);
        events.record(SecurityEventKind.PASSWORD_CHANGED, id, account.email(), Map.of("sessionsEnded", ended));
    }
}
