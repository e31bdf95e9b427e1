package eu.sadarbe.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The clock every module reads under the {@code demo} profile, in place of the system clock: it follows the real
 * time, except while the demo brings in a past round — it is set to the past moment a draft was started or
 * submitted, the modules' ordinary use cases act as of then, and it is {@link #reset()} to the real time. The
 * production APIs therefore need no "as of" variants for the demo.
 */
@Component
@Profile("demo")
public class DemoClock extends Clock {

    private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

    /** Stops the clock at this moment, until it is set again or reset. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Back to the real time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        DemoClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
