package eu.sadarbe.places.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import eu.sadarbe.places.Place;
import eu.sadarbe.shared.CountryCode;

/** The gazetteer's places by GeoNames id and by folded name: a place's own names and its other names. */
final class GazetteerIndex {

    final Map<Long, Place> byId = new HashMap<>(1 << 17);
    final NavigableMap<String, List<Place>> byOwnName = new TreeMap<>();
    final Map<String, List<Place>> byOtherName = new HashMap<>(1 << 18);

    // geonamesId  name  asciiName  latvianNames  otherNames  country  region  lat  lon  population
    void add(String line) {
        String[] field = line.split("\t", -1);
        List<String> latvianNames = names(field[3]);
        Place place = new Place(Long.parseLong(field[0]), field[1], field[2], latvianNames, new CountryCode(field[5]),
                field[6], Double.parseDouble(field[7]), Double.parseDouble(field[8]), Long.parseLong(field[9]));
        byId.put(place.geonamesId(), place);
        Set<String> ownNames = new LinkedHashSet<>();
        ownNames.add(PlaceNames.fold(place.name()));
        ownNames.add(PlaceNames.fold(place.asciiName()));
        latvianNames.forEach(name -> ownNames.add(PlaceNames.fold(name)));
        ownNames.forEach(name -> byOwnName.computeIfAbsent(name, key -> new ArrayList<>(1)).add(place));
        for (String other : names(field[4])) {
            String folded = PlaceNames.fold(other);
            if (!ownNames.contains(folded)) {
                byOtherName.computeIfAbsent(folded, key -> new ArrayList<>(1)).add(place);
            }
        }
    }

    private static List<String> names(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
