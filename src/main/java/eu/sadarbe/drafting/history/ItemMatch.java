package eu.sadarbe.drafting.history;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The items of two versions of a list in the document (organisations, meetings, travellers, staff, annexes) paired
 * up: by what identifies an item (an activity's id, an organisation's ID, where travellers come from), else by
 * position, so that an edited item reads as edited and a new one as added. Each item is named as people know it:
 * "Partner 2 (Berufskolleg Nord)", "Transnational meeting 3", "Travellers from Rīgas Valsts tehnikums (E10000001)".
 */
final class ItemMatch {

    private final String list;
    private final List<JsonNode> before;
    private final List<JsonNode> after;

    ItemMatch(String list, @Nullable JsonNode before, @Nullable JsonNode after) {
        this.list = list;
        this.before = items(before);
        this.after = items(after);
    }

    void changes(DocumentChanges words, String path, List<String> changes) {
        int[] partner = new int[after.size()];
        boolean[] taken = new boolean[before.size()];
        for (int index = 0; index < after.size(); index++) {
            partner[index] = -1;
            String key = key(after.get(index));
            for (int old = 0; key != null && old < before.size(); old++) {
                if (!taken[old] && key.equals(key(before.get(old)))) {
                    partner[index] = old;
                    taken[old] = true;
                    break;
                }
            }
        }
        // What is left at the same position was edited where it stands (an Organisation ID corrected).
        for (int index = 0; index < after.size(); index++) {
            if (partner[index] < 0 && index < before.size() && !taken[index]) {
                partner[index] = index;
                taken[index] = true;
            }
        }
        for (int index = 0; index < after.size(); index++) {
            String name = DocumentChanges.join(path, name(words, after, index));
            if (partner[index] < 0) {
                changes.add(words.text("drafting.change.added", name));
            } else {
                words.compareItems(name, before.get(partner[index]), after.get(index), changes);
            }
        }
        for (int old = 0; old < before.size(); old++) {
            if (!taken[old]) {
                changes.add(words.text("drafting.change.removed", DocumentChanges.join(path, name(words, before, old))));
            }
        }
    }

    private @Nullable String key(JsonNode item) {
        for (String field : List.of("id", "oid", "pic", "from", "sha256")) {
            if (item.hasNonNull(field)) {
                String key = item.get(field).asString();
                return list.equals("staff") ? key + " " + item.path("category").asString("") : key;
            }
        }
        return list.equals("staff") && item.hasNonNull("organisation")
                ? item.get("organisation").asString() + " " + item.path("category").asString("") : null;
    }

    /** The item as people know it, by its place among its kind. */
    private String name(DocumentChanges words, List<JsonNode> items, int index) {
        JsonNode item = items.get(index);
        return switch (list) {
            case "organisations" -> organisation(words, items, index);
            case "travellers" -> words.text("drafting.change.item.travellers",
                    words.value("from", item.path("from").asString("")));
            case "staff" -> words.text("drafting.change.item.staff",
                    words.value("organisation", item.path("organisation").asString("")),
                    words.value("category", item.path("category").asString("")));
            case "annexes" -> words.text("drafting.change.item.annexes", item.path("fileName").asString(""));
            default -> words.text("drafting.change.item." + list, index + 1);
        };
    }

    /** The applicant organisation, or "Partner 2 (Berufskolleg Nord)" counting the partners in their order. */
    private static String organisation(DocumentChanges words, List<JsonNode> items, int index) {
        JsonNode item = items.get(index);
        String name = item.path("legalName").asString("");
        String identifier = item.hasNonNull("oid") ? item.get("oid").asString() : item.path("pic").asString("");
        String who = name.isBlank() ? identifier : name;
        if ("APPLICANT".equals(item.path("role").asString(""))) {
            return words.text("drafting.change.item.applicant", who);
        }
        int partner = 0;
        for (int each = 0; each <= index; each++) {
            if (!"APPLICANT".equals(items.get(each).path("role").asString(""))) {
                partner++;
            }
        }
        return words.text("drafting.change.item.partner", partner, who);
    }

    private static List<JsonNode> items(@Nullable JsonNode list) {
        List<JsonNode> items = new ArrayList<>();
        if (list != null) {
            list.forEach(items::add);
        }
        return items;
    }
}
