package eu.sadarbe.places;

import org.springframework.stereotype.Service;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.places.domain.Gazetteer;
import eu.sadarbe.places.domain.GreatCircle;

/**
 * The programme's distance calculator: finds the two places, measures the great-circle distance between them and
 * reads its bands for meetings (R-FIN-04) and learning activities (R-FIN-07) from the call year's rule figures
 * (R-GEN-01). Organisation IDs are resolved to their city through {@link OrganisationLocations}.
 */
@Service
public class Distances {

    /** The latest call Sadarbe holds figures for, until another is chosen. */
    public static final int DEFAULT_CALL_YEAR = CallYears.LAST;
    // Distance bands are figures of the call year, the same for every KA2 action type.
    private static final String EVERY_ACTION_TYPE = "*";

    private final Gazetteer gazetteer;
    private final RuleBook rules;
    private final OrganisationLocations organisations;

    Distances(Gazetteer gazetteer, RuleBook rules, OrganisationLocations organisations) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.organisations = organisations;
    }

    /**
     * Measures between two typed references ({@link PlaceReference}); when either names no place or several, the
     * measurement carries the lookups instead of a distance. Throws {@code UnknownCallYear},
     * {@link UnknownOrganisation}.
     */
    public DistanceMeasurement measure(PlaceReference from, PlaceReference to, int callYear) {
        RuleParameters parameters = rules.parametersFor(callYear, EVERY_ACTION_TYPE);
        PlaceLookup fromLookup = lookUp(from);
        PlaceLookup toLookup = lookUp(to);
        if (!fromLookup.isFound() || !toLookup.isFound()) {
            return new DistanceMeasurement(fromLookup, toLookup, callYear, null);
        }
        return new DistanceMeasurement(fromLookup, toLookup, callYear,
                between(fromLookup.place(), toLookup.place(), parameters));
    }

    /** The places a reference may mean; an Organisation ID is looked up as its city in its country. */
    public PlaceLookup lookUp(PlaceReference reference) {
        if (!reference.isOrganisation()) {
            return gazetteer.lookUp(reference);
        }
        String organisationId = reference.organisationId();
        OrganisationLocation location = organisations.locate(organisationId)
                .orElseThrow(() -> new UnknownOrganisation(organisationId));
        PlaceLookup city = gazetteer.lookUp(new PlaceReference(location.city(), location.city(), location.country(),
                null, null));
        return new PlaceLookup(reference, city.candidates(), city.moreCandidates());
    }

    private static Distance between(Place from, Place to, RuleParameters parameters) {
        int kilometres = GreatCircle.kilometres(from.latitude(), from.longitude(), to.latitude(), to.longitude());
        return new Distance(from, to, kilometres, parameters.callYear(),
                parameters.band(DistancePurpose.MEETING, kilometres).orElse(null),
                parameters.band(DistancePurpose.LEARNING_TRAVEL, kilometres).orElse(null));
    }

    /** Where the first band of a purpose starts in a call year: shorter journeys get no band. */
    public int firstBandKm(int callYear, DistancePurpose purpose) {
        return rules.parametersFor(callYear, EVERY_ACTION_TYPE).bands(purpose).stream()
                .mapToInt(band -> band.fromKm()).min().orElse(0);
    }

    /** How many places the gazetteer holds. */
    public int gazetteerSize() {
        return gazetteer.size();
    }
}
