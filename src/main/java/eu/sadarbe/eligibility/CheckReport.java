package eu.sadarbe.eligibility;

import java.util.List;
import java.util.Optional;

import eu.sadarbe.budget.Budget;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.NationalAgency;

/**
 * The answer to “may this application be submitted, and what does it ask for?”: eligible exactly when no
 * finding is an ERROR; the National Agency it goes to (R-ELIG-09), every finding, and the budget.
 */
public record CheckReport(boolean eligible, Optional<NationalAgency> nationalAgency, List<Finding> findings,
                          Budget budget) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    static CheckReport of(Optional<NationalAgency> nationalAgency, List<Finding> findings, Budget budget) {
        return new CheckReport(findings.stream().noneMatch(Finding::isError), nationalAgency, findings, budget);
    }
}
