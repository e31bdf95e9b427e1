package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import eu.sadarbe.selection.RankingKey;

/**
 * R-AWD-05: the passing applications of one agency, round and action type in {@link Candidate#RANKING_ORDER},
 * funded down the list within the envelope. Funding stops at the first application whose whole grant no longer
 * fits (programme practice: the list is not searched for smaller applications below it); that application and
 * the next ones, up to the reserve size, form the reserve list. A sum exactly equal to the envelope is funded.
 * Applications below the pass marks (R-AWD-02) and formally ineligible ones are listed apart.
 */
public record Ranking(RankingKey key, BigDecimal envelope, int reserveSize, List<RankedApplication> ranked,
                      List<Candidate> failing, List<Candidate> ineligible) {

    public static Ranking of(RankingKey key, List<Candidate> candidates, BigDecimal envelope, int reserveSize) {
        List<RankedApplication> ranked = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        boolean funding = true;
        int reserve = 0;
        List<Candidate> competing = candidates.stream().filter(Candidate::competes).sorted(Candidate.RANKING_ORDER)
                .toList();
        for (Candidate candidate : competing) {
            cumulative = cumulative.add(candidate.granted());
            funding = funding && cumulative.compareTo(envelope) <= 0;
            if (funding) {
                ranked.add(new RankedApplication(ranked.size() + 1, candidate, cumulative, Placement.FUNDED, null));
            } else if (reserve < reserveSize) {
                reserve++;
                ranked.add(new RankedApplication(ranked.size() + 1, candidate, cumulative, Placement.RESERVE, reserve));
            } else {
                ranked.add(new RankedApplication(ranked.size() + 1, candidate, cumulative, Placement.NOT_FUNDED, null));
            }
        }
        List<Candidate> failing = candidates.stream()
                .filter(candidate -> candidate.formallyEligible() && candidate.assessed() && !candidate.passed())
                .sorted(Candidate.RANKING_ORDER).toList();
        List<Candidate> ineligible = candidates.stream().filter(candidate -> !candidate.formallyEligible())
                .sorted(Comparator.comparing(Candidate::applicationNumber)).toList();
        return new Ranking(key, envelope, reserveSize, List.copyOf(ranked), failing, ineligible);
    }

    public List<RankedApplication> funded() {
        return ranked.stream().filter(row -> row.placement() == Placement.FUNDED).toList();
    }

    public List<RankedApplication> reserve() {
        return ranked.stream().filter(row -> row.placement() == Placement.RESERVE).toList();
    }

    public BigDecimal fundedTotal() {
        return funded().stream().map(row -> row.candidate().granted()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal remaining() {
        return envelope.subtract(fundedTotal());
    }

    /** The rank of the last funded application; 0 when none fits. The cut-off line is drawn below it. */
    public int cutOffRank() {
        return funded().size();
    }

    /** Placement of an application that takes part in the ranking, by its id. */
    public java.util.Optional<RankedApplication> find(eu.sadarbe.applications.ApplicationId id) {
        return ranked.stream().filter(row -> row.candidate().applicationId().equals(id)).findFirst();
    }
}
