package eu.sadarbe.applications;

import java.time.Instant;
import java.util.Set;

/** A draft moved on to {@code version}: these sections were changed by one save. */
public record DraftChanged(ApplicationId application, long version, Set<DraftSection> sections, Instant at) {
}
