package eu.sadarbe.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.Assignment;

/**
 * Where the assessment of one application stands for its officer: the experts with their sheets, whether a third
 * expert is required (R-AWD-03), the suggested final score once it can be consolidated, and the consolidation.
 */
public record AssessmentState(Assessable application, AwardRules rules, List<Assignment> assignments,
                              List<AssessmentState.ExpertSheet> sheets, boolean thirdExpertRequired,
                              boolean thirdExpertAssigned, @Nullable Scores suggestion, List<Integer> counted,
                              @Nullable BigDecimal suggestedGrant, Optional<ConsolidatedScore> consolidation) {

    public AssessmentState {
        assignments = List.copyOf(assignments);
        sheets = List.copyOf(sheets);
        counted = List.copyOf(counted);
    }

    /** R-AWD-03: a third expert is required and none is assigned yet. */
    public boolean awaitingThirdExpert() {
        return thirdExpertRequired && !thirdExpertAssigned;
    }

    public boolean readyToConsolidate() {
        return suggestion != null;
    }

    /** A routine case (issue 13, item 15): two experts' totals close enough, ready, and not consolidated yet. */
    public boolean routine() {
        return suggestion != null && !thirdExpertRequired && !thirdExpertAssigned && consolidation.isEmpty();
    }

    public boolean suggestionPasses() {
        return suggestion != null && rules.passes(suggestion);
    }

    /** A counting assignment with its sheet. */
    public record ExpertSheet(Assignment assignment, ScoreSheet sheet) {
    }
}
