package eu.sadarbe.reporting.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A section's version (0 before its first save) and who saved it last, when. */
public record SectionVersion(int version, @Nullable String savedBy, @Nullable Instant savedAt) {

    public static final SectionVersion NEVER_SAVED = new SectionVersion(0, null, null);
}
