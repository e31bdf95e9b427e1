package eu.sadarbe.drafting.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.calls.DistanceBand;
import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.calls.UnknownCallYear;
import eu.sadarbe.places.DistanceMeasurement;
import eu.sadarbe.places.Distances;
import eu.sadarbe.places.PlaceReference;
import eu.sadarbe.places.UnknownOrganisation;

/**
 * The distance calculator beside each travel line: measures between the cities of the sending and the host
 * organisation as the document lists them, and names the band and its unit amount for meetings (R-FIN-04) or
 * travel to learning activities (R-FIN-07) from the call year's rule figures (R-GEN-01).
 */
@Component
class TravelDistances {

    private final Distances distances;

    TravelDistances(Distances distances) {
        this.distances = distances;
    }

    /** The calculator's one-way distance between two organisations of the document, when it finds both places. */
    Optional<Integer> kilometres(ApplicationDocument document, @Nullable String from, @Nullable String to) {
        Optional<PlaceReference> fromPlace = place(document, from);
        Optional<PlaceReference> toPlace = place(document, to);
        if (fromPlace.isEmpty() || toPlace.isEmpty()) {
            return Optional.empty();
        }
        try {
            DistanceMeasurement measurement = distances.measure(fromPlace.get(), toPlace.get(), document.callYear());
            return measurement.isMeasured() ? Optional.of(measurement.distance().kilometres()) : Optional.empty();
        } catch (UnknownCallYear | UnknownOrganisation | IllegalArgumentException notMeasured) {
            return Optional.empty();
        }
    }

    /** One traveller line's distance, band and unit amount as {@code Budgeting} counts them. */
    static Travel travel(int kilometres, boolean calculated, DistancePurpose purpose, RuleParameters parameters) {
        Optional<DistanceBand> band = parameters.band(purpose, kilometres);
        return new Travel(kilometres, calculated, band.map(DistanceBand::label).orElse(null),
                band.map(DistanceBand::amount).orElse(BigDecimal.ZERO));
    }

    /** The bands a person may choose when the calculator cannot help. */
    static List<DistanceBand> bands(DistancePurpose purpose, RuleParameters parameters) {
        return parameters.bands(purpose);
    }

    private static Optional<PlaceReference> place(ApplicationDocument document, @Nullable String organisation) {
        if (organisation == null || organisation.isBlank()) {
            return Optional.empty();
        }
        return document.organisation(organisation)
                .filter(found -> found.city() != null && !found.city().isBlank())
                .map(TravelDistances::reference);
    }

    private static PlaceReference reference(Organisation organisation) {
        String city = organisation.city() == null ? "" : organisation.city().strip();
        return new PlaceReference(city + ", " + organisation.country().value(), city, organisation.country(), null,
                null);
    }

    /** A traveller line's distance in km, whether the calculator measured it, its band (null below the first). */
    record Travel(int kilometres, boolean calculated, @Nullable String band, BigDecimal unitAmount) {
    }
}
