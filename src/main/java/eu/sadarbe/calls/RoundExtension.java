package eu.sadarbe.calls;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One extension of a whole round (R-SUB-03): the new deadline in Brussels time, the reason, and the administrator
 * who made it and when (null for extensions made before these were recorded).
 */
public record RoundExtension(LocalDateTime deadline, String reason, @Nullable String extendedBy,
                             @Nullable Instant extendedAt) {
}
