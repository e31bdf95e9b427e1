package eu.sadarbe.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import eu.sadarbe.applications.ApplicationId;

/**
 * An application the agency selected (R-AWD-05) whose decision letter was issued, so the decision is final: what a
 * grant agreement is prepared from. {@code granted} is the decided grant, reductions included.
 */
public record SelectedProject(ApplicationId applicationId, UUID submissionId, String applicationNumber,
                              RankingKey ranking, BigDecimal granted, Instant letterIssuedAt) {
}
