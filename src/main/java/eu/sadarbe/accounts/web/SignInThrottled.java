package eu.sadarbe.accounts.web;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins from this address (for this account, or for any): try again at {@link #retryAt()}. */
class SignInThrottled extends LockedException {

    private final Instant retryAt;

    SignInThrottled(Instant retryAt) {
        super("Too many failed sign-ins from this address");
        this.retryAt = retryAt;
    }

    Instant retryAt() {
        return retryAt;
    }

    /** Whole seconds until then, at least one: the value of a {@code Retry-After} header. */
    long retryAfterSeconds(Instant now) {
        long millis = Duration.between(now, retryAt).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
