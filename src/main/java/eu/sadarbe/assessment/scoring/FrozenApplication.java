package eu.sadarbe.assessment.scoring;

import java.util.List;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.budget.Budget;

/**
 * What an expert reads: the frozen document of the submission that counts, its description texts by section
 * ({@code section} is a {@code DraftSection} name, e.g. {@code NEEDS}) and its budget.
 */
public record FrozenApplication(Assessable application, ApplicationDocument document, List<Description> descriptions,
                                Budget budget) {

    public FrozenApplication {
        descriptions = List.copyOf(descriptions);
    }

    /** One description text of the application. */
    public record Description(String section, String text) {
    }
}
