package eu.sadarbe.accounts.twofactor;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;

/**
 * Two-factor sign-in of one account: enrolment of an authenticator app, the code at each sign-in, and ten
 * single-use recovery codes for a lost phone. The secret is kept encrypted (AES-GCM with the configured key) and
 * never shown again after enrolment; recovery codes are kept only as password hashes.
 */
@Service
public class TwoFactor {

    private static final Logger LOG = LoggerFactory.getLogger(TwoFactor.class);
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final TotpCodes codes;
    private final PasswordEncoder hashes;
    private final SecurityEvents events;
    private final Clock clock;
    private final BytesEncryptor secrets;
    private final SecureRandom random = new SecureRandom();

    TwoFactor(JdbcClient jdbc, PasswordEncoder hashes, SecurityEvents events, Clock clock, SignInPolicy policy) {
        this.jdbc = jdbc;
        this.codes = new TotpCodes(clock);
        this.hashes = hashes;
        this.events = events;
        this.clock = clock;
        this.secrets = Encryptors.stronger(policy.twoFactor().key(), policy.twoFactor().salt());
        if (policy.twoFactor().key().equals(new SignInPolicy.TwoFactor(null, null, null).key())) {
            LOG.warn("Two-factor secrets are encrypted with the development key: set SADARBE_TWO_FACTOR_KEY");
        }
    }

    public TotpCodes codes() {
        return codes;
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(AccountId account) {
        return jdbc.sql("SELECT two_factor_secret FROM account WHERE id = :id").param("id", account.value())
                .query(String.class).optional().isPresent();
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(AccountId account) {
        return jdbc.sql("SELECT COUNT(*) FROM account_recovery_code WHERE account_id = :id AND used_at IS NULL")
                .param("id", account.value()).query(Integer.class).single();
    }

    /**
     * Keeps the secret the person's app now holds, once a code from the app proves it, and returns ten new
     * recovery codes (shown once). Empty when the code does not match the secret.
     */
    @Transactional
    public Optional<List<String>> enrol(AccountId account, String secret, String typedCode) {
        OptionalLong step = codes.acceptedStep(secret, typedCode, Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        String encrypted = Base64.getEncoder().encodeToString(secrets.encrypt(secret.getBytes()));
        jdbc.sql("""
                        UPDATE account SET two_factor_secret = :secret, two_factor_last_step = :step,
                            two_factor_enrolled_at = :at WHERE id = :id""")
                .param("secret", encrypted).param("step", step.getAsLong())
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("id", account.value())
                .update();
        List<String> recovery = replaceRecoveryCodes(account);
        events.record(SecurityEventKind.TWO_FACTOR_ENROLLED, Map.of("account", account.toString()));
        return Optional.of(recovery);
    }

    /** Whether the code from the authenticator app, or an unused recovery code, is right; each works once. */
    @Transactional
    public boolean verify(AccountId account, String typed) {
        Optional<Stored> stored = jdbc.sql("""
                        SELECT two_factor_secret, two_factor_last_step FROM account
                        WHERE id = :id AND two_factor_secret IS NOT NULL""")
                .param("id", account.value())
                .query((row, number) -> new Stored(row.getString(1), row.getLong(2)))
                .optional();
        if (stored.isEmpty()) {
            return false;
        }
        String secret = new String(secrets.decrypt(Base64.getDecoder().decode(stored.get().secret())));
        OptionalLong step = codes.acceptedStep(secret, typed, stored.get().lastStep());
        if (step.isPresent()) {
            // Only a later step may follow, even when two requests with the same code race.
            return jdbc.sql("""
                            UPDATE account SET two_factor_last_step = :step
                            WHERE id = :id AND two_factor_last_step < :step""")
                    .param("step", step.getAsLong()).param("id", account.value()).update() == 1;
        }
        return useRecoveryCode(account, typed);
    }

    /** Turns two-factor sign-in off and forgets the recovery codes: the person's choice or an administrator's. */
    @Transactional
    public void remove(AccountId account) {
        jdbc.sql("""
                        UPDATE account SET two_factor_secret = NULL, two_factor_last_step = NULL,
                            two_factor_enrolled_at = NULL WHERE id = :id""")
                .param("id", account.value()).update();
        jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = :id").param("id", account.value()).update();
        events.record(SecurityEventKind.TWO_FACTOR_REMOVED, Map.of("account", account.toString()));
    }

    private boolean useRecoveryCode(AccountId account, String typed) {
        String code = typed.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (!code.matches("[a-z0-9]{5}-[a-z0-9]{5}")) {
            return false;
        }
        List<UnusedCode> unused = jdbc.sql("""
                        SELECT id, code_hash FROM account_recovery_code WHERE account_id = :id AND used_at IS NULL""")
                .param("id", account.value())
                .query((row, number) -> new UnusedCode(row.getObject(1, UUID.class), row.getString(2)))
                .list();
        for (UnusedCode candidate : unused) {
            if (hashes.matches(code, candidate.hash())) {
                int used = jdbc.sql("UPDATE account_recovery_code SET used_at = :at WHERE id = :id AND used_at IS NULL")
                        .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("id", candidate.id()).update();
                if (used == 1) {
                    events.record(SecurityEventKind.RECOVERY_CODE_USED,
                            Map.of("account", account.toString(), "left", unused.size() - 1));
                }
                return used == 1;
            }
        }
        return false;
    }

    private List<String> replaceRecoveryCodes(AccountId account) {
        jdbc.sql("DELETE FROM account_recovery_code WHERE account_id = :id").param("id", account.value()).update();
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = randomText(5) + "-" + randomText(5);
            fresh.add(code);
            jdbc.sql("INSERT INTO account_recovery_code (id, account_id, code_hash) VALUES (:id, :account, :hash)")
                    .param("id", UUID.randomUUID()).param("account", account.value())
                    .param("hash", hashes.encode(code)).update();
        }
        return fresh;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return text.toString();
    }

    private record Stored(String secret, long lastStep) {
    }

    private record UnusedCode(UUID id, String hash) {
    }
}
