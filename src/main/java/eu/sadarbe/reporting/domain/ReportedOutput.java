package eu.sadarbe.reporting.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.document.OutputStaff;

/** An intellectual output produced (R-FIN-05): the working days per organisation and staff category. */
public record ReportedOutput(String id, @Nullable String title, String lead, List<OutputStaff> staff) {

    public ReportedOutput {
        staff = List.copyOf(staff);
    }
}
