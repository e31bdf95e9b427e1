package eu.sadarbe.calls;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A one-way distance band and the unit amount per participant it carries. {@code toKm} is inclusive and null
 * for the open-ended top band.
 */
public record DistanceBand(DistancePurpose purpose, int fromKm, @Nullable Integer toKm, BigDecimal amount,
                           FigureStatus status) {

    public boolean contains(int distanceKm) {
        return distanceKm >= fromKm && (toKm == null || distanceKm <= toKm);
    }

    /** A language-neutral label: {@code 100–1999 km}, or {@code 8000+ km} for the open-ended top band. */
    public String label() {
        return toKm == null ? fromKm + "+ km" : fromKm + "–" + toKm + " km";
    }
}
