package eu.sadarbe.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue #15: the tokens in e-mailed links are signed (HMAC-SHA256 under the link key), single-use and expire; a
 * token altered anywhere, signed with another key or for another purpose opens nothing. On a table of their own in
 * an H2 database of this test (the account table's foreign key left out).
 */
class AccountTokensTests {

    static final Instant NOW = Instant.parse("2026-11-03T10:00:00Z");

    final SettableClock clock = new SettableClock();
    JdbcClient jdbc;
    AccountTokens tokens;
    final AccountId account = new AccountId(UUID.randomUUID());

    @BeforeEach
    void table() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        jdbc = JdbcClient.create(database);
        jdbc.sql("""
                CREATE TABLE account_token (id UUID NOT NULL PRIMARY KEY, account_id UUID NOT NULL,
                    purpose VARCHAR(20) NOT NULL, token_hash VARCHAR(64) NOT NULL UNIQUE,
                    created_at TIMESTAMP WITH TIME ZONE NOT NULL, expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
                    used_at TIMESTAMP WITH TIME ZONE)""").update();
        clock.set(NOW);
        tokens = tokens("a-key-of-this-test");
    }

    @Test
    void aSignedTokenWorksOnceForItsPurpose() {
        String token = tokens.issue(account, TokenPurpose.RESET_PASSWORD, Duration.ofHours(1));

        assertThat(token).matches("[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens.holder(token, TokenPurpose.RESET_PASSWORD)).contains(account);
        assertThat(tokens.holder(token, TokenPurpose.VERIFY_EMAIL)).as("another purpose").isEmpty();
        assertThat(tokens.redeem(token, TokenPurpose.RESET_PASSWORD)).contains(account);
        assertThat(tokens.redeem(token, TokenPurpose.RESET_PASSWORD)).as("used up").isEmpty();
    }

    @Test
    void aTokenExpires() {
        String token = tokens.issue(account, TokenPurpose.VERIFY_EMAIL, Duration.ofHours(24));
        clock.set(NOW.plus(Duration.ofHours(24)).minusSeconds(1));
        assertThat(tokens.holder(token, TokenPurpose.VERIFY_EMAIL)).contains(account);
        clock.set(NOW.plus(Duration.ofHours(24)));
        assertThat(tokens.redeem(token, TokenPurpose.VERIFY_EMAIL)).isEmpty();
    }

    @Test
    void anAlteredTokenOpensNothingEvenWhenItsHashIsInTheTable() {
        String token = tokens.issue(account, TokenPurpose.RESET_PASSWORD, Duration.ofHours(1));
        int dot = token.indexOf('.');
        String otherSecret = flip(token, 0);
        String otherSignature = flip(token, dot + 5);
        // Were the hash of an altered token in the table (as after a leak of the table), the signature still fails.
        for (String altered : new String[] {otherSecret, otherSignature}) {
            jdbc.sql("INSERT INTO account_token (id, account_id, purpose, token_hash, created_at, expires_at) "
                            + "VALUES (:id, :account, 'RESET_PASSWORD', :hash, :now, :expires)")
                    .param("id", UUID.randomUUID()).param("account", account.value())
                    .param("hash", AccountTokens.hash(altered))
                    .param("now", java.time.OffsetDateTime.parse("2026-11-03T10:00:00Z"))
                    .param("expires", java.time.OffsetDateTime.parse("2026-11-03T11:00:00Z")).update();
            assertThat(tokens.redeem(altered, TokenPurpose.RESET_PASSWORD)).as(altered).isEmpty();
        }
        assertThat(tokens.redeem(token.substring(0, dot), TokenPurpose.RESET_PASSWORD)).as("unsigned").isEmpty();
        assertThat(tokens.redeem(token + ".x", TokenPurpose.RESET_PASSWORD)).isEmpty();
        assertThat(tokens.redeem("", TokenPurpose.RESET_PASSWORD)).isEmpty();
        assertThat(tokens.redeem(token, TokenPurpose.RESET_PASSWORD)).as("the genuine one still works").contains(account);
    }

    @Test
    void aTokenSignedWithAnotherKeyOpensNothing() {
        String token = tokens.issue(account, TokenPurpose.SET_UP, Duration.ofDays(3));
        assertThat(tokens("another-key").holder(token, TokenPurpose.SET_UP)).isEmpty();
        assertThat(tokens.holder(token, TokenPurpose.SET_UP)).contains(account);
    }

    @Test
    void withoutAKeyTheDevelopmentKeySigns() {
        AccountLinkSettings unset = new AccountLinkSettings(Duration.ofHours(24), Duration.ofHours(1),
                Duration.ofDays(3), null, " ");
        assertThat(unset.signsWithDevelopmentKey()).isTrue();
        assertThat(unset.signingKey()).isEqualTo(AccountLinkSettings.DEVELOPMENT_KEY);
        assertThat(settings("set").signsWithDevelopmentKey()).isFalse();
    }

    private AccountTokens tokens(String key) {
        return new AccountTokens(jdbc, clock, settings(key));
    }

    private static AccountLinkSettings settings(String key) {
        return new AccountLinkSettings(Duration.ofHours(24), Duration.ofHours(1), Duration.ofDays(3), null, key);
    }

    private static String flip(String token, int at) {
        char replaced = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replaced + token.substring(at + 1);
    }
}
