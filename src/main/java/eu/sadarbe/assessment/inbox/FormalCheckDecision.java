package eu.sadarbe.assessment.inbox;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The officer's formal check: eligible, or ineligible with a reason and the ids of the rules broken (R-ELIG-xx). */
public record FormalCheckDecision(boolean eligible, @Nullable String reason, List<String> ruleIds) {

    public FormalCheckDecision {
        ruleIds = ruleIds.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    }
}
