package eu.sadarbe.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.CallRoundSummary;

/**
 * The server's clock, under the test's control: it follows the real time until a test sets it, and again after
 * {@link #reset()}. Tests annotated {@link SubmissionTest} get it as the {@code @Primary} clock of every module (CallRounds,
 * SubmissionDesk, …) in their test context.
 */
public class SettableClock extends Clock {

    private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

    /** Stops the clock at this local time in Brussels. */
    public void setBrussels(LocalDateTime brusselsTime) {
        fixed.set(brusselsTime.atZone(CallRoundSummary.BRUSSELS).toInstant());
    }

    public void set(Instant instant) {
        fixed.set(instant);
    }

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
        SettableClock self = this;
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
