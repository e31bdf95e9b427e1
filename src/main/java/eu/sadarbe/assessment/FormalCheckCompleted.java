package eu.sadarbe.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.sadarbe.applications.ApplicationId;

/**
 * An agency officer confirmed the formal check of a submitted application: eligible (it goes to the experts) or
 * ineligible with a reason and the ids of the rules it breaks (R-ELIG-xx). The latest check counts.
 */
public record FormalCheckCompleted(ApplicationId applicationId, UUID submissionId, String applicationNumber,
                                   String nationalAgencyCode, int callYear, int roundNumber, String actionType,
                                   boolean eligible, String reason, List<String> ruleIds, UUID checkedBy,
                                   Instant checkedAt) {

    public FormalCheckCompleted {
        ruleIds = List.copyOf(ruleIds);
    }
}
