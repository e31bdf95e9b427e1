package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The budget envelope of one ranking: the money the agency has for the round and action type, and how many
 * applications below the cut-off go on the reserve list (R-AWD-05). {@code setAt} is null while none was saved.
 */
public record Envelope(BigDecimal amount, int reserveSize, @Nullable String setBy, @Nullable Instant setAt) {

    /** No envelope saved yet: no money, and the call year's default reserve-list size. */
    public static Envelope none(int defaultReserveSize) {
        return new Envelope(BigDecimal.ZERO, defaultReserveSize, null, null);
    }
}
