package eu.sadarbe.calls;

import java.time.Instant;
import java.util.List;

/** Who defined a round and when, and each of its extensions, oldest first: shown on the rounds page. */
public record RoundHistory(String definedBy, Instant definedAt, List<RoundExtension> extensions) {

    public RoundHistory {
        extensions = List.copyOf(extensions);
    }
}
