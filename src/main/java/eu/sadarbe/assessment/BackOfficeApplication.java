package eu.sadarbe.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;

/**
 * An application in its National Agency's back office, for the later steps (ranking within the budget, R-AWD-05):
 * its latest submission, applicant, requested grant (from the frozen document), status and final score when known.
 */
public record BackOfficeApplication(ApplicationId applicationId, UUID submissionId, String applicationNumber,
                                    String nationalAgencyCode, int callYear, int roundNumber, String actionType,
                                    @Nullable String title, String applicantName, String applicantCountry,
                                    Instant submittedAt, BigDecimal requestedGrant, BackOfficeStatus status,
                                    @Nullable Integer finalScore) {
}
