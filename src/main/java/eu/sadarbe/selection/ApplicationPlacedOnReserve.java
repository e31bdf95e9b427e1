package eu.sadarbe.selection;

import java.time.Instant;
import java.util.UUID;

import eu.sadarbe.applications.ApplicationId;

/**
 * The application passed but did not fit the budget envelope; it is on the reserve list at this position and may be
 * selected later when money is freed (R-AWD-05). The latest decision event for an application counts.
 */
public record ApplicationPlacedOnReserve(ApplicationId applicationId, String applicationNumber, RankingKey ranking,
                                         int reservePosition, UUID decidedBy, Instant decidedAt) {
}
