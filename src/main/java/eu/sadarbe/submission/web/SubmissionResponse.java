package eu.sadarbe.submission.web;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import eu.sadarbe.submission.SubmissionSummary;

/** A submission as the API shows it: number, digest, Brussels time and agency, and where its PDF is. */
record SubmissionResponse(UUID id, String applicationId,
                          @Schema(example = "2020-1-LV01-KA201-000042") String applicationNumber,
                          @Schema(description = "SHA-256 of the frozen canonical JSON document") String sha256,
                          @Schema(description = "Brussels time with its offset", example = "2020-04-23T11:59:59+02:00")
                          OffsetDateTime submittedAt,
                          @Schema(example = "LV01") String nationalAgency, long applicationVersion,
                          @Nullable String title, String pdf) {

    static SubmissionResponse of(SubmissionSummary submission) {
        return new SubmissionResponse(submission.id(), submission.applicationId().toString(),
                submission.applicationNumber(), submission.sha256(), submission.submittedAtBrussels().toOffsetDateTime(),
                submission.nationalAgencyCode(), submission.applicationVersion(), submission.title(),
                "/api/v1/applications/" + submission.applicationId() + "/submissions/" + submission.id() + "/pdf");
    }
}
