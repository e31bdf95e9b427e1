package eu.sadarbe.places;

import java.util.List;

/**
 * The places a typed reference may mean: one (found), several (ambiguous: the person has to choose, Sadarbe
 * never guesses) or none (unknown). {@code moreCandidates} counts the matches left out of a long list.
 */
public record PlaceLookup(PlaceReference reference, List<Place> candidates, int moreCandidates) {

    public PlaceLookup {
        candidates = List.copyOf(candidates);
    }

    public boolean isFound() {
        return candidates.size() == 1;
    }

    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }

    public boolean isUnknown() {
        return candidates.isEmpty();
    }

    /** The one place found; {@link IllegalStateException} unless {@link #isFound()}. */
    public Place place() {
        if (!isFound()) {
            throw new IllegalStateException("No single place for " + reference.text());
        }
        return candidates.get(0);
    }
}
