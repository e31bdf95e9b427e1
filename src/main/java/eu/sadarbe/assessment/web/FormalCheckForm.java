package eu.sadarbe.assessment.web;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The officer's formal check on the page: {@code ELIGIBLE} or {@code INELIGIBLE}; for ineligible, the reason and
 * the ids of the rules broken (ticked from the ERROR findings to begin with).
 */
public record FormalCheckForm(@Nullable String outcome,
                       @Size(max = 4000, message = "{formalCheck.error.reasonTooLong}") @Nullable String reason,
                       @Nullable List<String> ruleIds) {

    static final String ELIGIBLE = "ELIGIBLE";
    static final String INELIGIBLE = "INELIGIBLE";

    public List<String> chosenRuleIds() {
        return ruleIds == null ? List.of() : ruleIds;
    }

    public boolean ineligible() {
        return INELIGIBLE.equals(outcome);
    }
}
