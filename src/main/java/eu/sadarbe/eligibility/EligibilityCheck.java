package eu.sadarbe.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleParameters;

/**
 * The one check of an application document against the eligibility rules (R-ELIG-01…12) and the funding
 * rules (R-FIN-01…11): the public check, the application form, submission and the agency's formal check all
 * call it. It reads the call year's figures once per check, never per rule.
 */
@Service
public class EligibilityCheck {

    private final RuleBook ruleBook;
    private final Budgeting budgeting;

    public EligibilityCheck(RuleBook ruleBook, Budgeting budgeting) {
        this.ruleBook = ruleBook;
        this.budgeting = budgeting;
    }

    /** Throws {@link eu.sadarbe.calls.UnknownCallYear} when there is no rule set for the call year. */
    public CheckReport check(ApplicationDocument document) {
        RuleParameters parameters = ruleBook.parametersFor(document.callYear(), document.actionType().name());
        return check(document, parameters, nationalAgency(document, parameters));
    }

    /**
     * The check of a submitted document with the figures of the revision its submission kept (issue 13, item 14):
     * a later correction of a figure does not change what was submitted.
     */
    public CheckReport check(ApplicationDocument document, long ruleRevision) {
        RuleParameters parameters = ruleBook.parametersAt(document.callYear(), document.actionType().name(),
                ruleRevision);
        return check(document, parameters, nationalAgency(document, parameters));
    }

    /** The check with the figures and the agency already at hand: pure, for tests and benchmarks. */
    public CheckReport check(ApplicationDocument document, RuleParameters parameters,
                             Optional<NationalAgency> nationalAgency) {
        ApplicationUnderCheck application = new ApplicationUnderCheck(document, nationalAgency);
        List<Finding> findings = new ArrayList<>();
        for (EligibilityRule rule : EligibilityRules.ALL) {
            findings.addAll(rule.findings(application, parameters));
        }
        Budget budget = budgeting.budgetOf(document, parameters);
        findings.addAll(budget.findings());
        return CheckReport.of(nationalAgency, findings, budget);
    }

    /** R-ELIG-09: none when the applicant is not (exactly one organisation) in a Programme Country. */
    private Optional<NationalAgency> nationalAgency(ApplicationDocument document, RuleParameters parameters) {
        return document.applicant()
                .map(Organisation::country)
                .filter(parameters::isProgrammeCountry)
                .flatMap(country -> ruleBook.agencyFor(country, document.actionType().name(), document.callYear()));
    }
}
