package eu.sadarbe.applications;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an editor asks of one section of a draft, as a form gives it; the draft ({@code ApplicationDraft}) turns it
 * into the section's part of the application document. {@link Content} is the document's own JSON, for the
 * JSON editor and the API.
 */
public sealed interface SectionEdit {

    /** One of the description's texts (Programme Guide, Part C: relevance, quality, impact). */
    record Text(@Nullable String text) implements SectionEdit {
    }

    /** The project's context: action type, project type, title, start and duration as typed. */
    record Context(@Nullable String actionType, @Nullable String projectType, @Nullable String title,
                   @Nullable String startDate, @Nullable String durationMonths) implements SectionEdit {
    }

    /** The horizontal and field-specific priorities chosen, by code. */
    record Priorities(List<String> codes) implements SectionEdit {
    }

    /**
     * The participating organisations: each listed one's added value as typed (absent: unchanged, blank: none),
     * the partners to remove (never the applicant) and one partner to add from the organisation register.
     */
    record Partners(Map<String, String> addedValues, List<String> removed, @Nullable Partner added)
            implements SectionEdit {
    }

    /** The declaration of honour: ticked and signed with a typed name, or not (any earlier signature is void). */
    record Declaring(boolean accepted, @Nullable String signedBy) implements SectionEdit {
    }

    /** The section's part of the document as JSON. */
    record Content(ObjectNode content) implements SectionEdit {
    }

    /** A partner organisation as the register knows it. */
    record Partner(String oid, String legalName, String country, @Nullable String city, String organisationType,
                   @Nullable String echeCode) {
    }
}
