package eu.sadarbe.applications.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import eu.sadarbe.applications.DraftSection;


/**
 * Splits an application document into its sections and puts them together again. The canonical form sorts every
 * object's fields by name and leaves out insignificant whitespace, so one draft version always gives one digest.
 */
public final class DocumentJson {

    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private DocumentJson() {
    }

    /** Parses JSON that the reader already accepted, or that this module wrote. */
    public static ObjectNode object(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isObject() ? (ObjectNode) node : JSON.createObjectNode();
        } catch (JacksonException notJson) {
            return JSON.createObjectNode();
        }
    }

    public static Map<DraftSection, ObjectNode> split(ObjectNode document) {
        Map<DraftSection, ObjectNode> sections = new EnumMap<>(DraftSection.class);
        JsonNode description = document.get(DraftSection.DESCRIPTION);
        for (DraftSection section : DraftSection.values()) {
            JsonNode source = section.isDescriptionText() ? description : document;
            ObjectNode content = JSON.createObjectNode();
            for (String field : section.fields()) {
                JsonNode value = source == null || !source.isObject() ? null : source.get(field);
                if (value != null && !value.isNull()) {
                    content.set(field, value);
                }
            }
            sections.put(section, content);
        }
        return sections;
    }

    public static ObjectNode assemble(Map<DraftSection, ObjectNode> sections) {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode description = JSON.createObjectNode();
        for (DraftSection section : DraftSection.values()) {
            ObjectNode content = sections.get(section);
            if (content == null) {
                continue;
            }
            ObjectNode target = section.isDescriptionText() ? description : document;
            for (String field : section.fields()) {
                JsonNode value = content.get(field);
                if (value != null && !value.isNull()) {
                    target.set(field, value);
                }
            }
        }
        if (!description.isEmpty()) {
            document.set(DraftSection.DESCRIPTION, description);
        }
        return document;
    }

    /**
     * The SHA-256 digest (hex) of the canonical document made of these sections without the declaration of
     * honour: what a signed declaration covers (issue 12).
     */
    public static String digestWithoutDeclaration(Map<DraftSection, ObjectNode> sections) {
        Map<DraftSection, ObjectNode> covered = new EnumMap<>(DraftSection.class);
        covered.putAll(sections);
        covered.remove(DraftSection.DECLARATION);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(assemble(covered)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Fields in name order at every level, no insignificant whitespace. */
    public static String canonical(JsonNode node) {
        return JSON.writeValueAsString(sorted(node));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            for (String name : new TreeSet<>(node.propertyNames())) {
                out.set(name, sorted(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode element : node) {
                out.add(sorted(element));
            }
            return out;
        }
        return node;
    }
}
