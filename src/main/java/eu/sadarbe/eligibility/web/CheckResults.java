package eu.sadarbe.eligibility.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.document.MalformedDocument;
import eu.sadarbe.eligibility.CheckReport;
import eu.sadarbe.shared.Money;

/** What the “Can we apply?” page shows: the findings and the budget, or what is wrong with the input. */
public record CheckResults(boolean checked, boolean eligible, @Nullable String agency, List<FindingLine> findings,
                    List<FaultLine> faults, List<BudgetLine> budget, @Nullable Money total, @Nullable Money maximum,
                    @Nullable String unavailable) {

    public record FindingLine(String rule, boolean error, String message, String path) {
    }

    /** A fault of the document; {@code fieldId} names the form field it came from, when it came from the form. */
    public record FaultLine(String pointer, String message, @Nullable String fieldId) {
    }

    public record BudgetLine(String category, Money amount) {
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
                .map(fault -> new FaultLine(fault.pointer(), messages.of(fault, locale), null)).toList(),
                List.of(), null, null, null);
    }

    /** The faults of a document written from the form, each worded for the field the visitor typed it in. */
    static CheckResults of(MalformedDocument malformed, Map<String, CheckFormDocument.FormField> fields,
                           CheckMessages messages, Locale locale) {
        return new CheckResults(true, false, null, List.of(), malformed.faults().stream()
                .map(fault -> {
                    CheckFormDocument.FormField field = fields.get(fault.pointer());
                    return field == null ? new FaultLine(fault.pointer(), messages.of(fault, locale), null)
                            : new FaultLine(fault.pointer(), messages.of(fault, field.label(), locale), field.id());
                }).toList(),
                List.of(), null, null, null);
    }

    /** The form fields in error and their messages, for the fields themselves. */
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        faults.stream().filter(fault -> fault.fieldId() != null)
                .forEach(fault -> errors.putIfAbsent(fault.fieldId(), fault.message()));
        return errors;
    }

    public boolean formFaults() {
        return faults.stream().anyMatch(fault -> fault.fieldId() != null);
    }

    static CheckResults unavailable(String message) {
        return new CheckResults(true, false, null, List.of(), List.of(), List.of(), null, null, message);
    }

    static CheckResults none() {
        return new CheckResults(false, false, null, List.of(), List.of(), List.of(), null, null, null);
    }
}
