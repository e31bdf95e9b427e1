package eu.sadarbe.places.web;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.places.Distances;

/** What the distance calculator form holds, as typed. The call year is 2020 until another is chosen. */
public record DistanceForm(@Nullable String from, @Nullable String to, @Nullable String callYear) {

    public boolean isSubmitted() {
        return from != null || to != null;
    }

    public @Nullable Integer callYearNumber() {
        if (callYear == null || callYear.isBlank()) {
            return Distances.DEFAULT_CALL_YEAR;
        }
        try {
            return Integer.valueOf(callYear.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public int selectedCallYear() {
        Integer year = callYearNumber();
        return year == null ? Distances.DEFAULT_CALL_YEAR : year;
    }
}
