package eu.sadarbe.places.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import eu.sadarbe.places.Place;
import eu.sadarbe.places.PlaceLookup;
import eu.sadarbe.places.PlaceReference;
import eu.sadarbe.shared.CountryCode;

/**
 * The gazetteer shipped with Sadarbe ({@code places/gazetteer.tsv.gz}, built by {@code scripts/build-gazetteer.mjs}
 * from GeoNames, CC BY 4.0), read once in the background at start-up and kept in memory on every node: it is
 * read-only reference data.
 * A name is looked up among every name of every place (GeoNames name, ASCII name, Latvian names and other names
 * such as {@code Lisboa} or {@code Frankfurt}); only when none is equal, among places whose name starts with the
 * words typed ({@code Frankfurt} for {@code Frankfurt am Main}). Several matches are all answered: never a guess.
 */
@Component
public class Gazetteer {

    static final String RESOURCE = "places/gazetteer.tsv.gz";
    static final int MAXIMUM_CANDIDATES = 20;
    private static final Logger log = LoggerFactory.getLogger(Gazetteer.class);
    private static final Comparator<Place> LARGEST_FIRST = Comparator.comparingLong(Place::population).reversed()
            .thenComparing(Place::name).thenComparingLong(Place::geonamesId);

    private final CompletableFuture<GazetteerIndex> index;

    /** Starts reading the gazetteer in the background, so that start-up does not wait; a look-up does. */
    public Gazetteer() {
        index = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                index.complete(read());
            } catch (RuntimeException | Error failure) {
                index.completeExceptionally(failure);
            }
        }, "gazetteer-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private static GazetteerIndex read() {
        long started = System.nanoTime();
        GazetteerIndex read = new GazetteerIndex();
        try (InputStream gzip = new ClassPathResource(RESOURCE).getInputStream();
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip, 1 << 16),
                     StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    read.add(line);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the gazetteer " + RESOURCE, unreadable);
        }
        log.info("Gazetteer: {} places read in {} ms", read.byId.size(), (System.nanoTime() - started) / 1_000_000);
        return read;
    }

    public int size() {
        return index.join().byId.size();
    }

    /** How many places the gazetteer holds in one country. */
    public long size(CountryCode country) {
        return index.join().byId.values().stream().filter(place -> place.country().equals(country)).count();
    }

    public Optional<Place> place(long geonamesId) {
        return Optional.ofNullable(index.join().byId.get(geonamesId));
    }

    public PlaceLookup lookUp(PlaceReference reference) {
        if (reference.geonamesId() != null) {
            return lookup(reference, place(reference.geonamesId()).stream().toList());
        }
        GazetteerIndex names = index.join();
        String name = PlaceNames.fold(reference.name());
        Predicate<Place> inCountry = place -> reference.country() == null || place.country().equals(reference.country());
        List<Place> found = matching(Stream.concat(stream(names.byOwnName.get(name)), stream(names.byOtherName.get(name))),
                inCountry);
        if (found.isEmpty() && !name.isEmpty()) {
            found = matching(names.byOwnName.subMap(name + " ", name + " \uffff").values().stream()
                    .flatMap(List::stream), inCountry);
        }
        return lookup(reference, found);
    }

    private static List<Place> matching(Stream<Place> places, Predicate<Place> filter) {
        return places.filter(filter).distinct().sorted(LARGEST_FIRST).toList();
    }

    private static Stream<Place> stream(@Nullable List<Place> places) {
        return places == null ? Stream.empty() : places.stream();
    }

    private static PlaceLookup lookup(PlaceReference reference, List<Place> found) {
        int shown = Math.min(found.size(), MAXIMUM_CANDIDATES);
        return new PlaceLookup(reference, found.subList(0, shown), found.size() - shown);
    }
}
