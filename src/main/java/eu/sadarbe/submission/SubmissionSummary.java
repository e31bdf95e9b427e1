package eu.sadarbe.submission;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.calls.CallRoundSummary;

/** One kept submission of an application: its number, digest, time and the agency it is routed to. */
public record SubmissionSummary(UUID id, ApplicationId applicationId, String applicationNumber, String sha256,
                                Instant submittedAt, String nationalAgencyCode, int callYear, int roundNumber,
                                String actionType, long applicationVersion, @Nullable String title) {

    public ZonedDateTime submittedAtBrussels() {
        return submittedAt.atZone(CallRoundSummary.BRUSSELS);
    }
}
