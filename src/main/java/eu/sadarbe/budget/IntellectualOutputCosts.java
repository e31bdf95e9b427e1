package eu.sadarbe.budget;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.calls.Figure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.Money;

/** R-FIN-05: working days × the day rate of the staff category in the employer's country group. */
final class IntellectualOutputCosts {

    private IntellectualOutputCosts() {
    }

    static Money of(ApplicationDocument document, RuleParameters parameters) {
        Map<String, CountryCode> employerCountries = new HashMap<>();
        for (Organisation organisation : document.organisations()) {
            employerCountries.putIfAbsent(organisation.identifier(), organisation.country());
            if (organisation.pic() != null) {
                employerCountries.putIfAbsent(organisation.pic(), organisation.country());
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var output : document.intellectualOutputs()) {
            for (var staff : output.staff()) {
                CountryCode country = employerCountries.get(staff.organisation());
                BigDecimal rate = country == null ? BigDecimal.ZERO : parameters.ioDayRate(country, staff.category())
                        .map(Figure::amount).orElse(BigDecimal.ZERO);
                sum = sum.add(rate.multiply(BigDecimal.valueOf(staff.days())));
            }
        }
        return new Money(sum);
    }
}
