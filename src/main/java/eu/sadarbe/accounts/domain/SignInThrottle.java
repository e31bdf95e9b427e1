package eu.sadarbe.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per e-mail address, known or not, in the database, so that guessing passwords is slowed
 * down on every node alike.
 */
@Component
public class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcClient jdbc;
    private final SignInSettings settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SignInSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The moment until which sign-in with this address is refused, if it is refused now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM account_sign_in_failure WHERE email = :email")
                .param("email", Account.normalise(email))
                .query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant)
                .filter(until -> until.isAfter(now));
    }

    @Transactional
    public void failed(String email) {
        String address = Account.normalise(email);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        OffsetDateTime staleBefore = now.minus(settings.lockDuration());
        int updated = jdbc.sql("""
                        UPDATE account_sign_in_failure
                        SET failures = CASE WHEN last_failure_at < :staleBefore THEN 1 ELSE failures + 1 END,
                            last_failure_at = :now
                        WHERE email = :email""")
                .param("email", address).param("now", now).param("staleBefore", staleBefore)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO account_sign_in_failure (email, failures, last_failure_at) VALUES (:email, 1, :now)")
                    .param("email", address).param("now", now)
                    .update();
        }
        jdbc.sql("""
                        UPDATE account_sign_in_failure SET locked_until = :until, failures = 0
                        WHERE email = :email AND failures >= :maximum""")
                .param("email", address).param("until", now.plus(settings.lockDuration()))
                .param("maximum", settings.maximumFailures())
                .update();
    }

    @Transactional
    public void succeeded(String email) {
        jdbc.sql("DELETE FROM account_sign_in_failure WHERE email = :email")
                .param("email", Account.normalise(email))
                .update();
    }

    /**
     * Forgets failures and locks that have run out; runs once per firing across all nodes. The lock is held for
     * at least five seconds, so that a node whose clock or scheduler is a moment late finds it taken instead of
     * running the job a second time after the first node finished.
     */
    @Scheduled(cron = "${sadarbe.accounts.sign-in.forget-failures-cron:0 17 3 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "accounts.forget-old-sign-in-failures", lockAtLeastFor = "PT5S")
    @Transactional
    public void forgetOldFailures() {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        int forgotten = jdbc.sql("""
                        DELETE FROM account_sign_in_failure
                        WHERE last_failure_at < :cutoff AND (locked_until IS NULL OR locked_until < :cutoff)""")
                .param("cutoff", cutoff)
                .update();
        LOG.info("Forgot {} old sign-in failures", forgotten);
    }
}
