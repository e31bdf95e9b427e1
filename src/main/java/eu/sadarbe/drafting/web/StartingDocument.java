package eu.sadarbe.drafting.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.organisations.OrganisationSummary;

/** The first version of a draft started from the form: its context and the applicant organisation. */
final class StartingDocument {

    /** A usual length to start from; the applicant changes it in the context section. */
    private static final int FIRST_DURATION_MONTHS = 24;

    private StartingDocument() {
    }

    static String of(int callYear, String actionType, @Nullable String title, OrganisationSummary applicant) {
        ObjectNode document = DocumentJson.JSON.createObjectNode();
        document.put("callYear", callYear);
        document.put("actionType", actionType);
        document.put("projectType", "INNOVATION");
        if (title != null && !title.isBlank()) {
            document.put("title", title.trim());
        }
        document.put("durationMonths", FIRST_DURATION_MONTHS);
        ObjectNode organisation = document.putArray("organisations").addObject();
        organisation.put("oid", applicant.oid().value());
        organisation.put("legalName", applicant.legalName());
        organisation.put("country", applicant.country().value());
        organisation.put("city", applicant.city());
        organisation.put("organisationType", applicant.type().name());
        organisation.put("role", "APPLICANT");
        if (applicant.echeCode() != null) {
            organisation.put("echeCode", applicant.echeCode());
        }
        return DocumentJson.canonical(document);
    }
}
