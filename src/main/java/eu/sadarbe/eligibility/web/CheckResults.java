package eu.sadarbe.eligibility.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.MalformedDocument;
import eu.sadarbe.eligibility.CheckReport;
import eu.sadarbe.shared.Money;

/** What the “Can we apply?” page shows: the findings and the budget, or what is wrong with the input. */
record CheckResults(boolean checked, boolean eligible, @Nullable String agency, List<FindingLine> findings,
                    List<FaultLine> faults, List<BudgetLine> budget, @Nullable Money total, @Nullable Money maximum,
                    @Nullable String unavailable) {

    record FindingLine(String rule, boolean error, String message, String path) {
    }

    record FaultLine(String pointer, String message) {
    }

    record BudgetLine(String category, Money amount) {
    }

    static CheckResults of(CheckReport report, CheckMessages messages, Locale locale) {
        return new CheckResults(true, report.eligible(),
                report.nationalAgency().map(agency -> agency.code() + " " + agency.name()).orElse(null),
                report.findings().stream().map(finding -> new FindingLine(finding.rule(), finding.isError(),
                        messages.of(finding, locale), finding.path())).toList(),
                List.of(),
                report.budget().categories().entrySet().stream()
                        .map(entry -> new BudgetLine(entry.getKey().name(), entry.getValue())).toList(),
                report.budget().total(), report.budget().maximum(), null);
    }

    static CheckResults of(MalformedDocument malformed, CheckMessages messages, Locale locale) {
        return new CheckResults(true, false, null, List.of(), malformed.faults().stream()
                .map(fault -> new FaultLine(fault.pointer(), messages.of(fault, locale))).toList(),
                List.of(), null, null, null);
    }

    static CheckResults unavailable(String message) {
        return new CheckResults(true, false, null, List.of(), List.of(), List.of(), null, null, message);
    }

    static CheckResults none() {
        return new CheckResults(false, false, null, List.of(), List.of(), List.of(), null, null, null);
    }
}
