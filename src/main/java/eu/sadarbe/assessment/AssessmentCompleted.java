package eu.sadarbe.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;

/**
 * The officer consolidated an application's final score (R-AWD-01…03): the points per criterion in the order
 * relevance, design, team, impact, the total, whether it passes (R-AWD-02), the requested grant and the grant the
 * experts recommend when they recommend less, and the one assessment comment the officer wrote or approved for the
 * decision letter (issue 17). A later consolidation of the same application replaces this one.
 */
public record AssessmentCompleted(ApplicationId applicationId, UUID submissionId, String applicationNumber,
                                  String nationalAgencyCode, int callYear, int roundNumber, String actionType,
                                  List<CriterionScore> criteria, int total, boolean passed,
                                  BigDecimal requestedGrant, @Nullable BigDecimal recommendedGrant,
                                  UUID consolidatedBy, Instant consolidatedAt, @Nullable String assessmentComment) {

    public AssessmentCompleted {
        criteria = List.copyOf(criteria);
    }

    /** A consolidation without a consolidated comment (before issue 17, and in events kept from then). */
    public AssessmentCompleted(ApplicationId applicationId, UUID submissionId, String applicationNumber,
                               String nationalAgencyCode, int callYear, int roundNumber, String actionType,
                               List<CriterionScore> criteria, int total, boolean passed, BigDecimal requestedGrant,
                               @Nullable BigDecimal recommendedGrant, UUID consolidatedBy, Instant consolidatedAt) {
        this(applicationId, submissionId, applicationNumber, nationalAgencyCode, callYear, roundNumber, actionType,
                criteria, total, passed, requestedGrant, recommendedGrant, consolidatedBy, consolidatedAt, null);
    }
}
