package eu.sadarbe.selection;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;

/**
 * The agency rejected the application: formally ineligible, below the pass marks (R-AWD-02), or passing but neither
 * funded nor on the reserve list (R-AWD-05). The latest decision event for an application counts.
 */
public record ApplicationRejected(ApplicationId applicationId, String applicationNumber, RankingKey ranking,
                                  @Nullable String reason, UUID decidedBy, Instant decidedAt) {
}
