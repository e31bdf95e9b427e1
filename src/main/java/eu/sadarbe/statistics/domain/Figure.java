package eu.sadarbe.statistics.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One published number (an amount, a score, a rate) or the reason it is not shown. */
public record Figure(@Nullable BigDecimal value, Availability availability) {

    public static Figure of(@Nullable BigDecimal value) {
        return new Figure(value == null ? BigDecimal.ZERO : value, Availability.PUBLISHED);
    }

    public static Figure suppressed() {
        return new Figure(null, Availability.SUPPRESSED);
    }

    public static Figure notYetAvailable() {
        return new Figure(null, Availability.NOT_YET_AVAILABLE);
    }

    public boolean isPublished() {
        return availability == Availability.PUBLISHED;
    }
}
