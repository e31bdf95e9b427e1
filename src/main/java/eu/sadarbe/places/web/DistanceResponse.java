package eu.sadarbe.places.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.DistanceBand;
import eu.sadarbe.places.Distance;
import eu.sadarbe.places.domain.GreatCircle;

/** A measured distance with its bands; a band is null when the distance is below the first band. */
record DistanceResponse(PlaceResponse from, PlaceResponse to, int distanceKm, int callYear,
                        @Nullable BandResponse meetingBand, @Nullable BandResponse learningTravelBand,
                        String method) {

    static DistanceResponse of(Distance distance, Locale locale) {
        return new DistanceResponse(PlaceResponse.of(distance.from(), locale), PlaceResponse.of(distance.to(), locale),
                distance.kilometres(), distance.callYear(), BandResponse.of(distance.meetingBand()),
                BandResponse.of(distance.learningTravelBand()),
                "great-circle distance, haversine formula, Earth mean radius " + GreatCircle.EARTH_MEAN_RADIUS_KM
                        + " km, rounded to whole kilometres");
    }

    /** A distance band: {@code toKm} is inclusive and null for the open-ended top band. */
    record BandResponse(int fromKm, @Nullable Integer toKm, String label, BigDecimal amountPerParticipantEur) {

        static @Nullable BandResponse of(@Nullable DistanceBand band) {
            return band == null ? null : new BandResponse(band.fromKm(), band.toKm(), band.label(), band.amount());
        }
    }
}
