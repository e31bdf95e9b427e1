package eu.sadarbe.drafting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.SectionEdit;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.OrganisationSummary;

/**
 * Binds a section's form to what the editor asks of the section ({@link SectionEdit}); the draft makes the change.
 * Activities and costs are edited as their part of the document (JSON) here, the other sections with ordinary fields.
 */
@Component
class SectionForms {

    private static final String ADDED_VALUE = "addedValue-";

    private final OrganisationRegister organisations;

    SectionForms(OrganisationRegister organisations) {
        this.organisations = organisations;
    }

    /** How a section's page edits it. */
    static String kindOf(DraftSection section) {
        if (section.isDescriptionText()) {
            return "text";
        }
        return switch (section) {
            case CONTEXT -> "context";
            case PRIORITIES -> "priorities";
            case ORGANISATIONS -> "organisations";
            case DECLARATION -> "declaration";
            default -> "json";
        };
    }

    /** The section's form as what the editor asks of the section; an unknown partner's OID is refused here. */
    SectionEdit edit(DraftSection section, MultiValueMap<String, String> form) {
        return switch (kindOf(section)) {
            case "text" -> new SectionEdit.Text(value(form, "text"));
            case "context" -> new SectionEdit.Context(value(form, "actionType"), value(form, "projectType"),
                    value(form, "title"), value(form, "startDate"), value(form, "durationMonths"));
            case "priorities" -> new SectionEdit.Priorities(List.copyOf(
                    Optional.ofNullable(form.get("priority")).orElse(List.of())));
            case "organisations" -> partners(form);
            case "declaration" -> new SectionEdit.Declaring("true".equals(value(form, "accepted")),
                    value(form, "signedBy"));
            default -> new SectionEdit.Content(json(section, form));
        };
    }

    private SectionEdit.Partners partners(MultiValueMap<String, String> form) {
        Map<String, String> addedValues = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(ADDED_VALUE) && !values.isEmpty() && values.get(0) != null) {
                addedValues.put(name.substring(ADDED_VALUE.length()), values.get(0));
            }
        });
        List<String> removed = List.copyOf(Optional.ofNullable(form.get("remove")).orElse(List.of()));
        String added = value(form, "addOid");
        SectionEdit.Partner partner = null;
        if (added != null && !added.isBlank()) {
            if (!Oid.isOid(added)) {
                throw new UnknownPartner(added.trim());
            }
            OrganisationSummary found = organisations.byOid(Oid.of(added))
                    .orElseThrow(() -> new UnknownPartner(added.trim()));
            partner = new SectionEdit.Partner(found.oid().value(), found.legalName(), found.country().value(),
                    found.city(), found.type().name(), found.echeCode());
        }
        return new SectionEdit.Partners(addedValues, removed, partner);
    }

    /** A section's content as JSON, as the conflict page sends back the editor's own. */
    SectionEdit content(@Nullable String json) {
        return new SectionEdit.Content(DocumentJson.object(json == null ? "{}" : json));
    }

    /** Activities and costs: their part of the document, as JSON; anything not JSON is kept for the error message. */
    private static ObjectNode json(DraftSection section, MultiValueMap<String, String> form) {
        String json = value(form, "json");
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        if (json == null || json.isBlank()) {
            return content;
        }
        JsonNode node;
        try {
            node = DocumentJson.JSON.readTree(json);
        } catch (JacksonException notJson) {
            throw new NotJson();
        }
        if (node == null || !node.isObject()) {
            throw new NotJson();
        }
        for (String field : section.fields()) {
            if (node.has(field)) {
                content.set(field, node.get(field));
            }
        }
        return content;
    }

    static String identifier(JsonNode organisation) {
        String oid = organisation.path("oid").asString("");
        return oid.isEmpty() ? organisation.path("pic").asString("") : oid;
    }

    private static @Nullable String value(MultiValueMap<String, String> form, String name) {
        return form.getFirst(name);
    }

    /** The activities' JSON could not be read. */
    static class NotJson extends RuntimeException {

        NotJson() {
            super("Not JSON");
        }
    }
}
