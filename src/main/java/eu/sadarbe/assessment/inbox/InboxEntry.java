package eu.sadarbe.assessment.inbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.BackOfficeStatus;

/**
 * One application in its agency's inbox: the latest submission, its applicant and requested grant, how many
 * ERROR findings the check of the frozen document had, the back-office status and, when known, the final score.
 */
public record InboxEntry(ApplicationId applicationId, UUID submissionId, String applicationNumber,
                         String nationalAgencyCode, int callYear, int roundNumber, String actionType,
                         @Nullable String title, String applicantName, String applicantCountry, Instant submittedAt,
                         BigDecimal requestedGrant, int errorFindings, BackOfficeStatus status,
                         @Nullable String formalCheckReason, List<String> formalCheckRuleIds,
                         @Nullable Integer finalScore) {

    public InboxEntry {
        formalCheckRuleIds = List.copyOf(formalCheckRuleIds);
    }

    /** The round as the inbox filters it: {@code 2020-2}. */
    public String round() {
        return callYear + "-" + roundNumber;
    }
}
