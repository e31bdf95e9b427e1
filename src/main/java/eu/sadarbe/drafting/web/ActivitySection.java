package eu.sadarbe.drafting.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.LineNotFound;
import eu.sadarbe.applications.SectionState;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.calls.RuleParameters;

/**
 * An activity section as its forms read it: the whole document, this section's lines and version, the call's
 * figures. Only read here; the draft ({@code DraftDesk}) changes the lines.
 */
record ActivitySection(ApplicationDocument document, ObjectNode content, long version, RuleParameters parameters) {

    static ActivitySection of(ApplicationDocument document, @Nullable SectionState state, RuleParameters parameters) {
        return new ActivitySection(document, DocumentJson.object(state == null ? "{}" : state.content()),
                state == null ? 0 : state.version(), parameters);
    }

    JsonNode list(ActivityKind kind) {
        JsonNode list = content.get(kind.field());
        return list != null && list.isArray() ? list : DocumentJson.JSON.createArrayNode();
    }

    /** Whether a line is at {@code index}; a new line (no index) always may be. */
    boolean has(ActivityKind kind, @Nullable Integer index) {
        return index == null || index >= 0 && index < list(kind).size();
    }

    JsonNode line(ActivityKind kind, int index) {
        if (!has(kind, index)) {
            throw new LineNotFound(kind.section(), kind.field(), index);
        }
        return list(kind).get(index);
    }

    /** The intellectual outputs' ids, which activity lines may refer to. */
    List<String> outputIds() {
        return document.intellectualOutputs().stream()
                .map(output -> output.id()).filter(outputId -> outputId != null).map(String::valueOf).toList();
    }
}
