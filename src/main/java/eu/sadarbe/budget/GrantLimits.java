package eu.sadarbe.budget;

import static eu.sadarbe.calls.RuleFigure.GRANT_MAXIMUM;
import static eu.sadarbe.calls.RuleFigure.GRANT_PER_MONTH;
import static eu.sadarbe.calls.RuleFigure.GRANT_PER_PROJECT_PER_YEAR;
import static eu.sadarbe.calls.RuleFigure.GRANT_PER_SCHOOL_PER_YEAR;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.Money;

/** The largest grant a project may ask for: R-FIN-01 for all, R-FIN-02 in addition for KA229. */
final class GrantLimits {

    private final ApplicationDocument document;
    private final RuleParameters parameters;

    GrantLimits(ApplicationDocument document, RuleParameters parameters) {
        this.document = document;
        this.parameters = parameters;
    }

    /** R-FIN-01: the monthly amount × months, at most the overall maximum. */
    Money maximum() {
        BigDecimal byMonths = parameters.amount(GRANT_PER_MONTH).multiply(BigDecimal.valueOf(document.durationMonths()));
        return new Money(byMonths.min(parameters.amount(GRANT_MAXIMUM)));
    }

    List<Finding> check(Money total) {
        List<Finding> findings = new ArrayList<>();
        Money maximum = maximum();
        if (total.exceeds(maximum)) {
            findings.add(Finding.error("R-FIN-01", "", "rule.R-FIN-01.exceeded", total, maximum));
        }
        if (document.actionType() == ActionTypeCode.KA229) {
            // R-FIN-02: per school and per project, by project year.
            BigDecimal years = BigDecimal.valueOf(document.durationMonths()).divide(BigDecimal.valueOf(12), 10,
                    RoundingMode.HALF_UP);
            BigDecimal schools = BigDecimal.valueOf(document.organisations().size());
            Money perSchools = new Money(parameters.amount(GRANT_PER_SCHOOL_PER_YEAR).multiply(schools).multiply(years));
            Money perProject = new Money(parameters.amount(GRANT_PER_PROJECT_PER_YEAR).multiply(years));
            Money limit = perSchools.compareTo(perProject) < 0 ? perSchools : perProject;
            if (total.exceeds(limit)) {
                findings.add(Finding.error("R-FIN-02", "", "rule.R-FIN-02.exceeded", total, limit));
            }
        }
        return findings;
    }
}
