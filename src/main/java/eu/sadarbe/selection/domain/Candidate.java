package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.selection.RankingKey;

/**
 * An application as selection sees it: its consolidated score (R-AWD-01, R-AWD-02) or its formal rejection, the
 * requested grant, the experts' recommended grant and the grant the ranking counts (the requested one unless the
 * officer reduced it).
 */
public record Candidate(ApplicationId applicationId, UUID submissionId, String applicationNumber, RankingKey ranking,
                        boolean formallyEligible, @Nullable String ineligibilityReason, List<String> ineligibilityRules,
                        boolean assessed, int total, int relevance, int impact, boolean passed,
                        List<CriterionScore> criteria, BigDecimal requestedGrant,
                        @Nullable BigDecimal recommendedGrant, BigDecimal granted,
                        @Nullable String grantReductionReason) {

    /**
     * R-AWD-05: the final score first; ties go to the higher relevance score, then to the higher impact score, and
     * last to the lower application number (the earlier numbered), so that the order never depends on chance.
     */
    public static final Comparator<Candidate> RANKING_ORDER = Comparator.comparingInt(Candidate::total).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::relevance).reversed())
            .thenComparing(Comparator.comparingInt(Candidate::impact).reversed())
            .thenComparing(Candidate::applicationNumber);

    public Candidate {
        ineligibilityRules = List.copyOf(ineligibilityRules);
        criteria = List.copyOf(criteria);
    }

    /** Formally eligible, scored, and at or above the pass marks (R-AWD-02): it takes part in the ranking. */
    public boolean competes() {
        return formallyEligible && assessed && passed;
    }

    public boolean grantReduced() {
        return granted.compareTo(requestedGrant) < 0;
    }
}
