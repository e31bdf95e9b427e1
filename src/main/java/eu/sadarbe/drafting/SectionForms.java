package eu.sadarbe.drafting;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.DocumentJson;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.OrganisationSummary;

/**
 * Turns a section's form into the section's part of the application document, and back. Activities and costs
 * are edited as their part of the document (JSON), the other sections with ordinary fields.
 */
@Component
class SectionForms {

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

    ObjectNode content(DraftSection section, MultiValueMap<String, String> form, ObjectNode current) {
        return switch (kindOf(section)) {
            case "text" -> text(section, form);
            case "context" -> context(form, current);
            case "priorities" -> priorities(form);
            case "organisations" -> organisations(form, current);
            case "declaration" -> declaration(form);
            default -> json(section, form);
        };
    }

    private static ObjectNode text(DraftSection section, MultiValueMap<String, String> form) {
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        String text = value(form, "text");
        if (text != null && !text.isBlank()) {
            content.put(section.fields().get(0), text.replace("\r\n", "\n"));
        }
        return content;
    }

    private static ObjectNode context(MultiValueMap<String, String> form, ObjectNode current) {
        ObjectNode content = current.deepCopy();
        for (String field : List.of("actionType", "projectType", "title", "startDate")) {
            String value = value(form, field);
            if (value == null || value.isBlank()) {
                content.remove(field);
            } else {
                content.put(field, value.trim());
            }
        }
        String months = value(form, "durationMonths");
        if (months != null && months.trim().matches("\\d{1,4}")) {
            content.put("durationMonths", Integer.parseInt(months.trim()));
        } else {
            content.put("durationMonths", months == null ? "" : months.trim());
        }
        return content;
    }

    private static ObjectNode priorities(MultiValueMap<String, String> form) {
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        ArrayNode codes = content.putArray("priorities");
        Optional.ofNullable(form.get("priority")).orElse(List.of()).forEach(codes::add);
        return content;
    }

    private ObjectNode organisations(MultiValueMap<String, String> form, ObjectNode current) {
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        ArrayNode list = content.putArray("organisations");
        List<String> removed = Optional.ofNullable(form.get("remove")).orElse(List.of());
        JsonNode existing = current.get("organisations");
        if (existing != null) {
            for (JsonNode organisation : existing) {
                String identifier = identifier(organisation);
                if (removed.contains(identifier) && !"APPLICANT".equals(organisation.path("role").asString(""))) {
                    continue;
                }
                ObjectNode copy = (ObjectNode) organisation.deepCopy();
                String addedValue = value(form, "addedValue-" + identifier);
                if (addedValue != null) {
                    if (addedValue.isBlank()) {
                        copy.remove("addedValue");
                    } else {
                        copy.put("addedValue", addedValue);
                    }
                }
                list.add(copy);
            }
        }
        String added = value(form, "addOid");
        if (added != null && !added.isBlank()) {
            if (!Oid.isOid(added)) {
                throw new UnknownPartner(added.trim());
            }
            OrganisationSummary partner = organisations.byOid(Oid.of(added))
                    .orElseThrow(() -> new UnknownPartner(added.trim()));
            for (JsonNode organisation : list) {
                if (partner.oid().value().equals(identifier(organisation))) {
                    // Say so rather than "save" nothing: the person expected a new partner.
                    throw new PartnerAlreadyListed(partner.oid().value(), partner.legalName(),
                            "APPLICANT".equals(organisation.path("role").asString("")));
                }
            }
            {
                ObjectNode node = list.addObject();
                node.put("oid", partner.oid().value());
                node.put("legalName", partner.legalName());
                node.put("country", partner.country().value());
                node.put("city", partner.city());
                node.put("organisationType", partner.type().name());
                node.put("role", "PARTNER");
                if (partner.echeCode() != null) {
                    node.put("echeCode", partner.echeCode());
                }
            }
        }
        return content;
    }

    private static ObjectNode declaration(MultiValueMap<String, String> form) {
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        if ("true".equals(value(form, "accepted"))) {
            ObjectNode declaration = content.putObject("declaration");
            declaration.put("accepted", true);
            String name = value(form, "signedBy");
            declaration.put("signedBy", name == null ? "" : name.trim());
        }
        return content;
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
