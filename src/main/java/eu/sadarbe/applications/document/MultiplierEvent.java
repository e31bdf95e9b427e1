package eu.sadarbe.applications.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A multiplier event sharing the project's intellectual outputs (R-FIN-06). */
public record MultiplierEvent(@Nullable String id, String host, List<String> outputs, int localParticipants,
                              int internationalParticipants) {

    public MultiplierEvent {
        outputs = List.copyOf(outputs);
    }
}
