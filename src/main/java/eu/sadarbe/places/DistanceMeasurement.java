package eu.sadarbe.places;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of measuring between two typed references: the distance when both name exactly one place,
 * otherwise the lookups, so that the person can be asked which place is meant.
 */
public record DistanceMeasurement(PlaceLookup from, PlaceLookup to, int callYear, @Nullable Distance distance) {

    public boolean isMeasured() {
        return distance != null;
    }
}
