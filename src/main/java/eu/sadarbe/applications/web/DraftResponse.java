package eu.sadarbe.applications.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationSummary;

/** A draft as the JSON API lists it; {@code version} is also its ETag. */
record DraftResponse(String id, String round, int callYear, String actionType, @Nullable String title,
                     String applicantOid, String applicantCountry, String status, long version, Instant updatedAt) {

    static DraftResponse of(ApplicationSummary summary) {
        return new DraftResponse(summary.id().toString(), summary.round().toString(), summary.callYear(),
                summary.actionType(), summary.title(), summary.applicantOid(), summary.applicantCountry(),
                summary.status().name(), summary.version(), summary.updatedAt());
    }
}
