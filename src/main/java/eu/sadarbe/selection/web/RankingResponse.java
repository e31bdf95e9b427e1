package eu.sadarbe.selection.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.selection.domain.Candidate;
import eu.sadarbe.selection.domain.DecidedTotals;
import eu.sadarbe.selection.domain.Decision;
import eu.sadarbe.selection.domain.RankedApplication;
import eu.sadarbe.selection.domain.Ranking;

/**
 * A ranking over HTTP (R-AWD-05): the ranked applications with the cut-off, the failing and the ineligible ones;
 * {@code fundedTotal} and {@code remaining} are what the ranking suggests, {@code selectedCount},
 * {@code selectedTotal} and {@code selectedRemaining} what the decisions made add up to (negative when over).
 */
record RankingResponse(String nationalAgencyCode, int callYear, int roundNumber, String actionType,
                       BigDecimal envelope, int reserveSize, BigDecimal fundedTotal, BigDecimal remaining,
                       int cutOffRank, List<Entry> ranked, List<Entry> failing, List<Entry> ineligible,
                       int selectedCount, BigDecimal selectedTotal, BigDecimal selectedRemaining) {

    /** One application; {@code placement} is FUNDED, RESERVE, NOT_FUNDED, FAILED (R-AWD-02) or INELIGIBLE. */
    record Entry(@Nullable Integer rank, UUID applicationId, String applicationNumber, int total, int relevance,
                 int impact, BigDecimal requestedGrant, @Nullable BigDecimal recommendedGrant,
                 BigDecimal grantedAmount, @Nullable BigDecimal cumulativeGrant, String placement,
                 @Nullable Integer reservePosition, @Nullable String decision, @Nullable String decidedBy,
                 @Nullable String decidedAt, boolean letterIssued) {

        static Entry of(@Nullable RankedApplication row, Candidate candidate, String placement,
                        @Nullable Decision decision) {
            return new Entry(row == null ? null : row.rank(), candidate.applicationId().value(),
                    candidate.applicationNumber(), candidate.total(), candidate.relevance(), candidate.impact(),
                    candidate.requestedGrant(), candidate.recommendedGrant(), candidate.granted(),
                    row == null ? null : row.cumulativeGrant(), placement,
                    row == null ? null : row.reservePosition(), decision == null ? null : decision.outcome().name(),
                    decision == null ? null : decision.decidedByEmail(),
                    decision == null ? null : decision.decidedAt().toString(), decision != null && decision.locked());
        }
    }

    static RankingResponse of(Ranking ranking, Map<ApplicationId, Decision> decisions) {
        DecidedTotals decided = DecidedTotals.of(decisions.values(), ranking.envelope());
        return new RankingResponse(ranking.key().nationalAgencyCode(), ranking.key().callYear(),
                ranking.key().roundNumber(), ranking.key().actionType(), ranking.envelope(), ranking.reserveSize(),
                ranking.fundedTotal(), ranking.remaining(), ranking.cutOffRank(),
                ranking.ranked().stream().map(row -> Entry.of(row, row.candidate(), row.placement().name(),
                        decisions.get(row.candidate().applicationId()))).toList(),
                ranking.failing().stream().map(candidate -> Entry.of(null, candidate, "FAILED",
                        decisions.get(candidate.applicationId()))).toList(),
                ranking.ineligible().stream().map(candidate -> Entry.of(null, candidate, "INELIGIBLE",
                        decisions.get(candidate.applicationId()))).toList(),
                decided.selected(), decided.amount(), decided.remaining());
    }
}
