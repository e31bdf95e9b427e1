package eu.sadarbe.applications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.CallRoundId;

/** Read-only view of a draft for other modules and lists. */
public record ApplicationSummary(ApplicationId id, CallRoundId round, int callYear, String actionType,
                                 @Nullable String title, String applicantOid, String applicantCountry,
                                 ApplicationStatus status, long version, Instant updatedAt) {
}
