package eu.sadarbe.submission;

import java.time.Instant;
import java.util.UUID;

import eu.sadarbe.applications.ApplicationId;

/** An application was submitted (R-SUB-01): its number, the digest of the frozen document and its agency. */
public record ApplicationSubmitted(UUID submissionId, ApplicationId applicationId, String applicationNumber,
                                   String sha256, Instant submittedAt, String nationalAgencyCode) {
}
