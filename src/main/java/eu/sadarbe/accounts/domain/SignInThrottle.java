package eu.sadarbe.accounts.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing with token buckets (Bucket4j) held in the database, so that every node counts the
 * same failures: one bucket per client address, whatever account it tries, and one per account and address. A
 * failure takes a token from both; an attempt is refused while either is empty, until it refills. Failures from
 * other addresses never touch the owner's bucket, so nobody can lock an owner out by failing on purpose.
 */
@Component
public class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private final ProxyManager<String> buckets;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perAccountAndAddress;
    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(DataSource dataSource, JdbcClient jdbc, SignInSettings settings, Clock clock) {
        this.buckets = bucketsIn(dataSource, clock);
        this.perAddress = configuration(settings.perAddress());
        this.perAccountAndAddress = configuration(settings.perAccountAndAddress());
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this attempt must wait, if either bucket is empty now; an attempt itself takes nothing. */
    public Optional<Duration> refusal(String email, String address) {
        long waitNanos = Math.max(wait(addressBucket(address)), wait(accountBucket(email, address)));
        return waitNanos > 0 ? Optional.of(Duration.ofNanos(waitNanos)) : Optional.empty();
    }

    /**
     * Takes a token from both buckets. A failure counts even when several attempts raced past the check at once:
     * the bucket then owes tokens and the wait grows accordingly.
     */
    public void failed(String email, String address) {
        addressBucket(address).consumeIgnoringRateLimits(1);
        accountBucket(email, address).consumeIgnoringRateLimits(1);
    }

    /** The right password from this address forgives its earlier failures for this account, not the address's. */
    public void succeeded(String email, String address) {
        buckets.removeProxy(accountKey(email, address));
    }

    /**
     * Forgets buckets that have refilled completely (and rows a crashed node left empty); runs once per firing
     * across all nodes.
     */
    @Scheduled(cron = "${sadarbe.accounts.sign-in.forget-failures-cron:0 17 * * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "accounts.forget-old-sign-in-failures", lockAtLeastFor = "PT5S")
    public void forgetOldFailures() {
        int forgotten = jdbc.sql("DELETE FROM account_sign_in_bucket WHERE expires_at < :now OR state IS NULL")
                .param("now", clock.millis())
                .update();
        LOG.info("Forgot {} refilled sign-in buckets", forgotten);
    }

    private long wait(io.github.bucket4j.Bucket bucket) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private io.github.bucket4j.Bucket addressBucket(String address) {
        return buckets.builder().build("address:" + address, () -> perAddress);
    }

    private io.github.bucket4j.Bucket accountBucket(String email, String address) {
        return buckets.builder().build(accountKey(email, address), () -> perAccountAndAddress);
    }

    private static String accountKey(String email, String address) {
        String account = Account.normalise(email);
        return "account:" + (account.length() > 254 ? account.substring(0, 254) : account) + "|" + address;
    }

    static BucketConfiguration configuration(List<SignInSettings.Allowance> allowances) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        for (SignInSettings.Allowance allowance : allowances) {
            builder.addLimit(Bandwidth.builder().capacity(allowance.failures())
                    .refillGreedy(allowance.failures(), allowance.period()).build());
        }
        return builder.build();
    }

    /** Bucket4j's PostgreSQL back-end on PostgreSQL; the same scheme on the embedded H2 database. */
    static ProxyManager<String> bucketsIn(DataSource dataSource, Clock clock) {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        // A bucket is kept an hour after it has refilled completely, then the hourly job forgets it.
        ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy
                .basedOnTimeForRefillingBucketUpToMax(Duration.ofHours(1));
        if (isPostgres(dataSource)) {
            return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("account_sign_in_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .clientClock(time)
                    .expirationAfterWrite(expiry)
                    .build();
        }
        return new H2SelectForUpdateProxyManager(dataSource, ClientSideConfig.getDefault()
                .withClientClock(time).withExpirationAfterWriteStrategy(expiry));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Cannot tell which database holds the sign-in buckets", unreachable);
        }
    }
}
