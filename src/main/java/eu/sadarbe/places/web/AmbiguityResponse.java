package eu.sadarbe.places.web;

import java.util.List;
import java.util.Locale;

import eu.sadarbe.places.DistanceMeasurement;
import eu.sadarbe.places.PlaceLookup;

/**
 * The answer when a name fits several places: per side, what was asked and the places it may mean (one when that
 * side is clear), largest first; {@code moreCandidates} counts those left out of a long list.
 */
record AmbiguityResponse(boolean ambiguous, int callYear, Side from, Side to) {

    static AmbiguityResponse of(DistanceMeasurement measurement, Locale locale) {
        return new AmbiguityResponse(true, measurement.callYear(), Side.of(measurement.from(), locale),
                Side.of(measurement.to(), locale));
    }

    record Side(String query, boolean ambiguous, List<PlaceResponse> candidates, int moreCandidates) {

        static Side of(PlaceLookup lookup, Locale locale) {
            return new Side(lookup.reference().text(), lookup.isAmbiguous(),
                    lookup.candidates().stream().map(place -> PlaceResponse.of(place, locale)).toList(),
                    lookup.moreCandidates());
        }
    }
}
