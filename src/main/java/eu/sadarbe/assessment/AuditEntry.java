package eu.sadarbe.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;

/**
 * One step of a National Agency's work on an application, kept for good: who did what, when, and the value before
 * and after. {@code action} is a message-key suffix ({@code audit.action.<action>}), {@code subject} what it
 * concerns (a criterion, an expert's e-mail, …).
 */
public record AuditEntry(UUID id, ApplicationId applicationId, String nationalAgencyCode, String action,
                         @Nullable String subject, @Nullable String before, @Nullable String after, UUID actorId,
                         String actorEmail, Instant at) {
}
