package eu.sadarbe.places;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.DistanceBand;

/**
 * The one-way great-circle distance between two places in whole kilometres, and the band it falls in for
 * transnational project meetings (R-FIN-04) and for travel to learning activities (R-FIN-07) in one call year. A
 * band is null when the distance is below the first band of that purpose.
 */
public record Distance(Place from, Place to, int kilometres, int callYear, @Nullable DistanceBand meetingBand,
                       @Nullable DistanceBand learningTravelBand) {
}
