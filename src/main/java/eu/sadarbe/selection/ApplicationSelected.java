package eu.sadarbe.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import eu.sadarbe.applications.ApplicationId;

/**
 * The agency selected the application for funding with this grant (R-AWD-05). A decision may be revised until its
 * letter is issued; the latest event for an application counts.
 */
public record ApplicationSelected(ApplicationId applicationId, String applicationNumber, RankingKey ranking,
                                  BigDecimal grantedAmount, UUID decidedBy, Instant decidedAt) {
}
