package eu.sadarbe.assessment.inbox;

import java.util.List;

import eu.sadarbe.assessment.AuditEntry;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.submission.SubmittedApplication;

/**
 * The formal-check page of one application: its inbox entry, the frozen submission, the findings of the rules
 * engine and of the register check, the budget, the description texts, the rule ids the officer may cite (those
 * of ERROR findings first, ticked), the audit trail and whether to ask for financial-capacity documents (R-AWD-04).
 */
public record FormalCheckView(InboxEntry entry, SubmittedApplication submitted, List<Finding> findings,
                              Budget budget, List<DescriptionText> description, List<String> ruleIds,
                              List<String> errorRuleIds, List<AuditEntry> history,
                              FinancialCapacity financialCapacity) {

    public FormalCheckView {
        findings = List.copyOf(findings);
        description = List.copyOf(description);
        ruleIds = List.copyOf(ruleIds);
        errorRuleIds = List.copyOf(errorRuleIds);
        history = List.copyOf(history);
    }

    public boolean hasErrors() {
        return !errorRuleIds.isEmpty();
    }

    /** One description text of the application, named by its drafting section (NEEDS, OBJECTIVES, …). */
    public record DescriptionText(String section, String text) {
    }
}
