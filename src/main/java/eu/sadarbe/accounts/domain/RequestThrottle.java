package eu.sadarbe.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.springframework.stereotype.Component;

/**
 * Limits what makes Sadarbe send e-mail to any address — sign-ups, resent verification links, password reset
 * requests — per client address, with Bucket4j buckets in the same database table as the sign-in throttle (so
 * every node counts together): {@code sadarbe.accounts.links.requests-per-address}.
 */
@Component
public class RequestThrottle {

    private final ProxyManager<String> buckets;
    private final BucketConfiguration perAddress;

    RequestThrottle(DataSource dataSource, AccountLinkSettings settings, Clock clock) {
        this.buckets = SignInThrottle.bucketsIn(dataSource, clock);
        this.perAddress = SignInThrottle.configuration(settings.requestsPerAddress());
    }

    /** Takes one request from the address's allowance; how long to wait if none was left. */
    public java.util.Optional<Duration> take(String address) {
        var probe = buckets.builder().build("requests:" + address, () -> perAddress).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? java.util.Optional.empty()
                : java.util.Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    static List<SignInSettings.Allowance> defaults() {
        return List.of(new SignInSettings.Allowance(5, Duration.ofMinutes(15)),
                new SignInSettings.Allowance(20, Duration.ofDays(1)));
    }
}
