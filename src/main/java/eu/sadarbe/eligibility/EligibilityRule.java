package eu.sadarbe.eligibility;

import java.util.List;

import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.calls.Severity;

/**
 * An eligibility rule of the checklist: its id, its wording, and the test that lists where a document breaks it
 * (nothing when the document complies). Every breach is an ERROR: the application may not be submitted.
 */
public record EligibilityRule(String id, String text, Test test) {

    @FunctionalInterface
    public interface Test {
        List<RuleBreach> breaches(ApplicationUnderCheck application, RuleParameters parameters);
    }

    public List<Finding> findings(ApplicationUnderCheck application, RuleParameters parameters) {
        return test.breaches(application, parameters).stream()
                .map(breach -> new Finding(id, Severity.ERROR, breach.path(), breach.messageKey(), breach.arguments()))
                .toList();
    }
}
