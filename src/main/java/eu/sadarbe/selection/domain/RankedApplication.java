package eu.sadarbe.selection.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One passing application in the ranking: its rank, the grants of the applications up to and including it, and
 * where it lands; {@code reservePosition} counts the reserve list from 1.
 */
public record RankedApplication(int rank, Candidate candidate, BigDecimal cumulativeGrant, Placement placement,
                                @Nullable Integer reservePosition) {
}
