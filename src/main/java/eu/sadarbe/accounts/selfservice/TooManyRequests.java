package eu.sadarbe.accounts.selfservice;

import java.io.Serial;
import java.time.Instant;

/** The client address asked for too many e-mails (sign-ups, resends, resets); it may ask again at {@link #retryAt}. */
public class TooManyRequests extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    TooManyRequests(Instant retryAt) {
        super("Too many requests until " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
