package eu.sadarbe.places.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.places.DistanceMeasurement;
import eu.sadarbe.places.Distances;
import eu.sadarbe.places.PlaceLookup;
import eu.sadarbe.places.PlaceReference;
import eu.sadarbe.shared.Refusal;
import eu.sadarbe.web.PublicPaths;

/** The distance calculator for other tools: the distance between two places and its bands, without sign-in. */
@RestController
@Tag(name = "Distances", description = "Great-circle distances between places and their bands for meetings and learning activities")
class DistanceApiController {

    static final HttpStatus AMBIGUOUS = HttpStatus.MULTIPLE_CHOICES;

    private final Distances distances;

    DistanceApiController(Distances distances) {
        this.distances = distances;
    }

    @Bean
    static PublicPaths distancePublicPaths() {
        return PublicPaths.of("/distances", "/api/v1/distances");
    }

    @GetMapping("/api/v1/distances")
    @Operation(summary = "The distance between two places and its bands (R-FIN-04, R-FIN-07)", description = """
            Each place is a city name, with or without diacritics and case (`Rīga`, `Riga`, `riga`), optionally \
            narrowed by a country code after a comma (`Riga, LV`; Greece `EL`, United Kingdom `UK`); a GeoNames \
            reference from a list of candidates (`geonames:456172`); or an Organisation ID (`E` + 8 digits). \
            The distance is the great-circle distance (haversine, Earth mean radius 6371.0088 km) rounded to whole \
            kilometres; the bands are the call year's figures. When a name fits several places the answer is \
            **300 Multiple Choices** with `ambiguous: true` and, per side, its `candidates`: ask which one is \
            meant and call again with its `reference`. Places: GeoNames (CC BY 4.0).""")
    @ApiResponse(responseCode = "200", description = "Both places found: the distance and its bands",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DistanceResponse.class)))
    @ApiResponse(responseCode = "300", description = "A name fits several places: the candidates",
            content = @Content(schema = @Schema(implementation = AmbiguityResponse.class)))
    @ApiResponse(responseCode = "400", description = "A blank place or an unknown call year",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No place or organisation by that name or ID",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> distance(
            @Parameter(description = "where the journey starts: a city, `geonames:ID` or an Organisation ID", example = "Riga")
            @RequestParam String from,
            @Parameter(description = "where the journey ends", example = "Tallinn") @RequestParam String to,
            @Parameter(description = "call year, 2014-2020; 2020 when absent") @RequestParam(required = false) @Nullable Integer callYear,
            Locale locale) {
        PlaceReference fromReference = parse("from", from);
        PlaceReference toReference = parse("to", to);
        DistanceMeasurement measurement = distances.measure(fromReference, toReference,
                callYear == null ? Distances.DEFAULT_CALL_YEAR : callYear);
        if (measurement.from().isUnknown()) {
            throw unknown("from", measurement.from());
        }
        if (measurement.to().isUnknown()) {
            throw unknown("to", measurement.to());
        }
        if (!measurement.isMeasured()) {
            return ResponseEntity.status(AMBIGUOUS).body(AmbiguityResponse.of(measurement, locale));
        }
        return ResponseEntity.ok(DistanceResponse.of(measurement.distance(), locale));
    }

    private static PlaceReference parse(String parameter, String typed) {
        try {
            return PlaceReference.parse(typed);
        } catch (IllegalArgumentException blank) {
            throw PlaceRefused.blank(parameter);
        }
    }

    private static PlaceRefused unknown(String parameter, PlaceLookup lookup) {
        return PlaceRefused.notFound(lookup.reference().isOrganisation() ? "distances.problem.organisationCityUnknown"
                : "distances.problem.unknownPlace", parameter, lookup.reference().text());
    }

    /** A place parameter that is blank (400), or names no place the gazetteer knows (404, a problem type of its own). */
    static final class PlaceRefused extends RuntimeException implements Refusal {

        private final boolean notFound;
        private final String messageKey;
        private final String[] arguments;

        private PlaceRefused(boolean notFound, String messageKey, String... arguments) {
            super(messageKey);
            this.notFound = notFound;
            this.messageKey = messageKey;
            this.arguments = arguments.clone();
        }

        static PlaceRefused blank(String parameter) {
            return new PlaceRefused(false, "distances.problem.placeBlank", parameter);
        }

        static PlaceRefused notFound(String messageKey, String parameter, String typed) {
            return new PlaceRefused(true, messageKey, parameter, typed);
        }

        @Override
        public Kind kind() {
            return notFound ? Kind.NOT_FOUND : Kind.MALFORMED;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }

        @Override
        public Object[] messageArguments(Wording wording) {
            return arguments.clone();
        }

        @Override
        public @Nullable String problemType() {
            return notFound ? "urn:sadarbe:problem:place-not-found" : null;
        }

        @Override
        public String titleKey() {
            return "distances.problem.unknownPlaceTitle";
        }
    }
}
