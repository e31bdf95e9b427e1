package eu.sadarbe.places.web;

import java.util.List;
import java.util.Locale;

import eu.sadarbe.places.Place;

/** A place of the gazetteer; {@code reference} picks exactly this place in a later call. */
record PlaceResponse(String reference, String name, String displayName, List<String> latvianNames, String country,
                     String region, double latitude, double longitude, long population) {

    static PlaceResponse of(Place place, Locale locale) {
        return new PlaceResponse(place.reference(), place.name(), place.nameIn(locale), place.latvianNames(),
                place.country().value(), place.region(), place.latitude(), place.longitude(), place.population());
    }
}
