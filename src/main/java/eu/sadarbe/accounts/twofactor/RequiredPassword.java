package eu.sadarbe.accounts.twofactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;

/**
 * The new password a person must choose at sign-in after an administrator forced a reset or gave them a first
 * password: at least 12 characters (OWASP ASVS 2.1.1), typed twice alike, and not the one it replaces.
 */
@Service
public class RequiredPassword {

    public static final int MINIMUM_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SecurityEvents events;

    RequiredPassword(JdbcClient jdbc, PasswordEncoder passwords, SecurityEvents events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    /** The message keys of what is wrong with the new password; empty when it was set. */
    @Transactional
    public List<String> set(AccountId account, String password, String repeated) {
        List<String> problems = new ArrayList<>();
        if (password.length() < MINIMUM_LENGTH) {
            problems.add("newPassword.error.short");
        } else if (password.length() > 200) {
            problems.add("newPassword.error.long");
        } else if (!password.equals(repeated)) {
            problems.add("newPassword.error.different");
        } else {
            String current = jdbc.sql("SELECT password_hash FROM account WHERE id = :id")
                    .param("id", account.value()).query(String.class).single();
            if (passwords.matches(password, current)) {
                problems.add("newPassword.error.same");
            }
        }
        if (problems.isEmpty()) {
            jdbc.sql("UPDATE account SET password_hash = :hash, password_change_required = FALSE WHERE id = :id")
                    .param("hash", passwords.encode(password)).param("id", account.value()).update();
            events.record(SecurityEventKind.REQUIRED_PASSWORD_SET, Map.of("account", account.toString()));
        }
        return problems;
    }
}
