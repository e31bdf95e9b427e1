package eu.sadarbe.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountId;

/**
 * The secrets in e-mailed links: 256 random bits and their HMAC-SHA256 signature under the link key
 * ({@code sadarbe.accounts.links.signing-key}) for the link's purpose, as {@code secret.signature}. A token whose
 * signature does not match — altered, made up, or meant for another purpose — is refused before the database is
 * asked. The database keeps only the SHA-256 of the token, so that reading the table gives nobody a working link.
 * A link works once, before it expires; issuing a new one for the same purpose ends the account's earlier ones.
 * Redeeming is one conditional update, so two nodes never both accept a link.
 */
@Component
public class AccountTokens {

    private static final Logger LOG = LoggerFactory.getLogger(AccountTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HMAC = "HmacSHA256";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretKeySpec key;

    AccountTokens(JdbcClient jdbc, Clock clock, AccountLinkSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = new SecretKeySpec(settings.signingKey().getBytes(StandardCharsets.UTF_8), HMAC);
        if (settings.signsWithDevelopmentKey()) {
            LOG.warn("E-mailed links are signed with the development key: set SADARBE_LINK_KEY");
        }
    }

    /** A new link secret for the account, valid for so long; the caller e-mails it and forgets it. */
    public String issue(AccountId account, TokenPurpose purpose, Duration validity) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE account_token SET expires_at = :now WHERE account_id = :account AND purpose = :purpose "
                        + "AND used_at IS NULL AND expires_at > :now")
                .param("now", at(now)).param("account", account.value()).param("purpose", purpose.name()).update();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String random = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String token = random + "." + signature(random, purpose);
        jdbc.sql("INSERT INTO account_token (id, account_id, purpose, token_hash, created_at, expires_at) "
                        + "VALUES (:id, :account, :purpose, :hash, :now, :expires)")
                .param("id", UUID.randomUUID()).param("account", account.value()).param("purpose", purpose.name())
                .param("hash", hash(token)).param("now", at(now)).param("expires", at(now.plus(validity)))
                .update();
        return token;
    }

    /** The account whose link this is, if it still works; the link stays usable. */
    public Optional<AccountId> holder(String token, TokenPurpose purpose) {
        if (!signed(token, purpose)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM account_token WHERE token_hash = :hash AND purpose = :purpose "
                        + "AND used_at IS NULL AND expires_at > :now")
                .param("hash", hash(token)).param("purpose", purpose.name()).param("now", at(clock.instant()))
                .query(UUID.class).optional().map(AccountId::new);
    }

    /** Uses the link up: the account whose link it was, or nothing if it was used, expired or never issued. */
    public Optional<AccountId> redeem(String token, TokenPurpose purpose) {
        Optional<AccountId> holder = holder(token, purpose);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        int used = jdbc.sql("UPDATE account_token SET used_at = :now WHERE token_hash = :hash AND purpose = :purpose "
                        + "AND used_at IS NULL AND expires_at > :now")
                .param("hash", hash(token)).param("purpose", purpose.name()).param("now", at(clock.instant()))
                .update();
        return used == 1 ? holder : Optional.empty();
    }

    /** Whether the token carries this key's signature of its secret for this purpose. */
    boolean signed(String token, TokenPurpose purpose) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > 200) {
            return false;
        }
        byte[] expected = signature(token.substring(0, dot), purpose).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String secret, TokenPurpose purpose) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] signed = mac.doFinal((purpose.name() + ":" + secret).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
