package eu.sadarbe.applications.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An intellectual output and the staff days spent on it (R-FIN-05). */
public record IntellectualOutput(@Nullable String id, @Nullable String title, @Nullable String lead,
                                 List<OutputStaff> staff) {

    public IntellectualOutput {
        staff = List.copyOf(staff);
    }
}
