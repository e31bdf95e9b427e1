package eu.sadarbe.calls;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A call round as other modules see it: its call year (the rule set), number, action types and deadline in
 * Brussels time, after any extension of the whole round (R-SUB-01, R-SUB-03). Its name and the reason of its
 * extension are kept in English ({@code label}, {@code extensionReason}) and in Latvian ({@code labelLv},
 * {@code extensionReasonLv}, optional): pages show the one of their language.
 */
public record CallRoundSummary(CallRoundId id, int callYear, int roundNumber, @Nullable String label,
                               List<String> actionTypes, LocalDateTime deadline,
                               @Nullable LocalDateTime extendedDeadline, @Nullable String extensionReason,
                               @Nullable String labelLv, @Nullable String extensionReasonLv) {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** A round named in English only. */
    public CallRoundSummary(CallRoundId id, int callYear, int roundNumber, @Nullable String label,
                            List<String> actionTypes, LocalDateTime deadline, @Nullable LocalDateTime extendedDeadline,
                            @Nullable String extensionReason) {
        this(id, callYear, roundNumber, label, actionTypes, deadline, extendedDeadline, extensionReason, null, null);
    }

    /** The round's name in the page's language; the English one where no Latvian one was given. */
    public @Nullable String labelIn(Locale locale) {
        return "lv".equals(locale.getLanguage()) && labelLv != null ? labelLv : label;
    }

    /** Why the round was extended, in the page's language; the English text where no Latvian one was given. */
    public @Nullable String extensionReasonIn(Locale locale) {
        return "lv".equals(locale.getLanguage()) && extensionReasonLv != null ? extensionReasonLv : extensionReason;
    }

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
