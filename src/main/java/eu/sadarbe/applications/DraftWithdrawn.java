package eu.sadarbe.applications;

import java.time.Instant;

/** The applicant organisation withdrew its application, giving a reason. */
public record DraftWithdrawn(ApplicationId application, String reason, Instant at) {
}
