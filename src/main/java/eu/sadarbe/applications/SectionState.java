package eu.sadarbe.applications;

import java.time.Instant;

/** One section of a draft as saved: its content (JSON of the section's fields), version, and who saved it last. */
public record SectionState(DraftSection section, String content, long version, String updatedBy, Instant updatedAt) {
}
