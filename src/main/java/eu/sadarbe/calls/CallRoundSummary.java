package eu.sadarbe.calls;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A call round as other modules see it: its call year (the rule set), number, action types and deadline in
 * Brussels time, after any extension of the whole round (R-SUB-01, R-SUB-03).
 */
public record CallRoundSummary(CallRoundId id, int callYear, int roundNumber, @Nullable String label,
                               List<String> actionTypes, LocalDateTime deadline,
                               @Nullable LocalDateTime extendedDeadline, @Nullable String extensionReason) {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** The deadline that applies: the extended one if the round was extended. */
    public ZonedDateTime effectiveDeadline() {
        return (extendedDeadline != null ? extendedDeadline : deadline).atZone(BRUSSELS);
    }

    /** R-SUB-01: open up to and including the last second before the deadline; at 12:00:00 it is closed. */
    public boolean isOpenAt(Instant moment) {
        return moment.isBefore(effectiveDeadline().toInstant());
    }

    public boolean covers(String actionType) {
        return actionTypes.contains(actionType);
    }

    public boolean wasExtended() {
        return extendedDeadline != null;
    }
}
