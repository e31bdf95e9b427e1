package eu.sadarbe.grants.domain;

import java.math.BigDecimal;

/**
 * The rule figures an amendment is checked against, from the agreement's call year: the action type's maximum
 * duration (R-ELIG-06) and the share of a category that may leave it (R-BUD-01; {@code transferLimitConfirmed} is
 * false while the figure's status is U).
 */
public record AmendmentLimits(int maximumDurationMonths, BigDecimal transferLimitShare,
                              boolean transferLimitConfirmed) {
}
