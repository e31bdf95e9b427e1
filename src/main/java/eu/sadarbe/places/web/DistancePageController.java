package eu.sadarbe.places.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.places.DistanceMeasurement;
import eu.sadarbe.places.Distances;
import eu.sadarbe.places.PlaceLookup;
import eu.sadarbe.places.PlaceReference;
import eu.sadarbe.places.UnknownOrganisation;

/**
 * The distance calculator page: a GET form, so that it works without JavaScript and every result has its own
 * address. A name that fits several places leads to a second step with radio buttons.
 */
@Controller
class DistancePageController {

    private final Distances distances;

    DistancePageController(Distances distances) {
        this.distances = distances;
    }

    @GetMapping("/distances")
    String distances(@RequestParam(required = false) @Nullable String from,
                     @RequestParam(required = false) @Nullable String to,
                     @RequestParam(required = false) @Nullable String callYear, Model model) {
        DistanceForm form = new DistanceForm(from, to, callYear);
        model.addAttribute("form", form);
        model.addAttribute("callYears", IntStream.rangeClosed(CallYears.FIRST, CallYears.LAST).boxed().toList());
        if (!form.isSubmitted()) {
            return "places/distances";
        }
        Map<String, PlaceFieldError> errors = new LinkedHashMap<>();
        PlaceReference fromReference = read("from", from, errors);
        PlaceReference toReference = read("to", to, errors);
        Integer year = form.callYearNumber();
        if (year == null || !CallYears.isKnown(year)) {
            errors.put("callYear", new PlaceFieldError("distances.error.callYear", null));
        }
        if (errors.isEmpty()) {
            measure(fromReference, toReference, year, errors, model);
        } else {
            checkKnown("from", fromReference, errors);
            checkKnown("to", toReference, errors);
        }
        model.addAttribute("errors", errors);
        return "places/distances";
    }

    private void measure(PlaceReference from, PlaceReference to, int callYear, Map<String, PlaceFieldError> errors,
                         Model model) {
        try {
            DistanceMeasurement measurement = distances.measure(from, to, callYear);
            unknown("from", measurement.from(), errors);
            unknown("to", measurement.to(), errors);
            if (errors.isEmpty()) {
                model.addAttribute("measurement", measurement);
                model.addAttribute("firstMeetingKm", distances.firstBandKm(callYear, DistancePurpose.MEETING));
                model.addAttribute("firstLearningKm", distances.firstBandKm(callYear, DistancePurpose.LEARNING_TRAVEL));
            }
        } catch (UnknownOrganisation unknown) {
            errors.put(field(from, unknown.organisationId()),
                    new PlaceFieldError("distances.error.unknownOrganisation", unknown.organisationId()));
        }
    }

    private static void unknown(String field, PlaceLookup lookup, Map<String, PlaceFieldError> errors) {
        if (lookup.isUnknown()) {
            errors.put(field, new PlaceFieldError(lookup.reference().isOrganisation()
                    ? "distances.error.organisationCityUnknown" : "distances.error.unknownPlace",
                    lookup.reference().text()));
        }
    }

    // So that one answer names every mistake, not only the first.
    private void checkKnown(String field, @Nullable PlaceReference reference, Map<String, PlaceFieldError> errors) {
        if (reference != null && !reference.isOrganisation()) {
            unknown(field, distances.lookUp(reference), errors);
        }
    }

    private static String field(PlaceReference from, String organisationId) {
        return organisationId.equals(from.organisationId()) ? "from" : "to";
    }

    private static @Nullable PlaceReference read(String field, @Nullable String typed, Map<String, PlaceFieldError> errors) {
        if (typed != null && typed.strip().length() > 200) {
            errors.put(field, new PlaceFieldError("distances.error.tooLong", null));
            return null;
        }
        try {
            return PlaceReference.parse(typed);
        } catch (IllegalArgumentException blank) {
            errors.put(field, new PlaceFieldError("distances.error.blank", null));
            return null;
        }
    }
}
