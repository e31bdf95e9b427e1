package eu.sadarbe.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.domain.Account;
import eu.sadarbe.accounts.domain.AccountRepository;

/** Opens accounts and keeps the preferences that follow a person from node to node and browser to browser. */
@Service
public class AccountRegister {

    private final AccountRepository accounts;
    private final JdbcAggregateTemplate aggregates;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountRegister(AccountRepository accounts, JdbcAggregateTemplate aggregates, PasswordEncoder passwords,
                    Clock clock) {
        this.accounts = accounts;
        this.aggregates = aggregates;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    public AccountSummary open(String email, String displayName, String password, Set<Role> roles,
                               @Nullable String nationalAgencyCode) {
        if (accounts.existsByEmail(Account.normalise(email))) {
            throw new EmailAlreadyRegistered(email);
        }
        Account account = Account.open(email, displayName, passwords.encode(password), roles, nationalAgencyCode,
                clock.instant());
        return aggregates.insert(account).toSummary();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> byEmail(String email) {
        return accounts.findByEmail(Account.normalise(email)).map(Account::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> byId(AccountId id) {
        return accounts.findById(id.value()).map(Account::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName(AccountId id) {
        return accounts.findDisplayNameById(id.value());
    }

    @Transactional
    public void preferLanguage(AccountId id, Locale language) {
        accounts.updatePreferredLanguage(id.value(), language.getLanguage());
    }
}
