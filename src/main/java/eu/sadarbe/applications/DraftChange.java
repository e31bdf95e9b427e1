package eu.sadarbe.applications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of an application's history: who changed which section when, before and after (JSON). */
public record DraftChange(long applicationVersion, String section, String changedBy, Instant changedAt,
                          @Nullable String before, @Nullable String after) {
}
