package eu.sadarbe.applications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded annex as the draft references it: the organisation it belongs to (a mandate's partner), its kind,
 * the sanitised file name, size in bytes and SHA-256 of the content, and who uploaded it when.
 */
public record Annex(UUID id, @Nullable String organisation, AnnexKind kind, String fileName, long size,
                    String sha256, String uploadedBy, Instant uploadedAt) {
}
