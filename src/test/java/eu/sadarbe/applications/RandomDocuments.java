package eu.sadarbe.applications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ExceptionalCost;
import eu.sadarbe.applications.document.IntellectualOutput;
import eu.sadarbe.applications.document.LearningActivity;
import eu.sadarbe.applications.document.LearningTraveller;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.applications.document.MultiplierEvent;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.OrganisationRole;
import eu.sadarbe.applications.document.OutputStaff;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.applications.document.SpecialNeedsSupport;
import eu.sadarbe.applications.document.TransnationalMeeting;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * Well-formed application documents of every shape, and malformed JSON made from them, drawn from a seeded
 * {@link Random} so that any failure can be replayed from its seed.
 */
public final class RandomDocuments {

    static final List<String> COUNTRIES = List.of("LV", "EE", "LT", "DE", "FI", "EL", "UK", "RS", "TR", "CH", "UA", "US");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private RandomDocuments() {
    }

    public static ApplicationDocument document(Random random) {
        int callYear = 2014 + random.nextInt(7);
        List<Organisation> organisations = new ArrayList<>();
        int count = random.nextInt(15);
        for (int i = 0; i < count; i++) {
            String id = random.nextInt(20) == 0 && i > 0 ? organisations.get(0).identifier()
                    : random.nextBoolean() ? String.format("E%08d", i) : String.format("%09d", i);
            boolean oid = id.startsWith("E");
            organisations.add(new Organisation(oid ? id : null, oid ? null : id, "Org " + i,
                    CountryCode.of(pick(random, COUNTRIES)), "City", pick(random, OrganisationType.values()),
                    random.nextInt(4) == 0 ? OrganisationRole.APPLICANT : i == 0 ? OrganisationRole.APPLICANT
                            : OrganisationRole.PARTNER, random.nextBoolean() ? "ECHE" : null,
                    random.nextBoolean() ? "Added value" : null));
        }
        List<String> ids = organisations.stream().map(Organisation::identifier).toList();
        Supplier<String> anyOrganisation = () -> ids.get(random.nextInt(ids.size()));
        boolean activities = !ids.isEmpty();
        return new ApplicationDocument(callYear, pick(random, ActionTypeCode.values()), pick(random, ProjectType.values()),
                "Title", LocalDate.of(callYear, 9, 1), random.nextInt(61),
                random.nextBoolean() ? List.of("HZ-KEY-COMPETENCES") : List.of(), organisations,
                activities ? times(random, 4, () -> new TransnationalMeeting("M", anyOrganisation.get(),
                        times(random, 4, () -> new MeetingTraveller(anyOrganisation.get(), random.nextInt(10),
                                random.nextInt(20000))))) : List.of(),
                activities ? times(random, 4, () -> new IntellectualOutput("O", "Output", anyOrganisation.get(),
                        times(random, 4, () -> new OutputStaff(anyOrganisation.get(),
                                pick(random, StaffCategory.values()), random.nextInt(500))))) : List.of(),
                activities ? times(random, 3, () -> new MultiplierEvent("E", anyOrganisation.get(), List.of("O"),
                        random.nextInt(500), random.nextInt(200))) : List.of(),
                activities ? times(random, 5, () -> new LearningActivity("C", pick(random, ActivityType.values()),
                        anyOrganisation.get(), times(random, 4, () -> new LearningTraveller(anyOrganisation.get(),
                                pick(random, ParticipantKind.values()), random.nextInt(30), random.nextInt(20000),
                                random.nextInt(400))))) : List.of(),
                activities ? times(random, 3, () -> new SpecialNeedsSupport(anyOrganisation.get(), amount(random)))
                        : List.of(),
                activities ? times(random, 3, () -> new ExceptionalCost(anyOrganisation.get(), "Cost", amount(random)))
                        : List.of());
    }

    /** A document's JSON with one to five random changes: values replaced, fields removed, text cut or spliced. */
    public static String malformed(String json, Random random) {
        JsonNode tree = JSON.readTree(json);
        for (int change = random.nextInt(5); change >= 0; change--) {
            mutate(tree, random);
        }
        String text = JSON.writeValueAsString(tree);
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> {
                int at = random.nextInt(text.length());
                yield text.substring(0, at) + pick(random, List.of("{", "]", "\"", ",", ":", "\\u", "null", "-", "1e400"))
                        + text.substring(at);
            }
            default -> text;
        };
    }

    private static void mutate(JsonNode node, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(node, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = randomValue(random);
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(3) == 0) {
                object.remove(name);
            } else {
                object.set(name, replacement);
            }
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), replacement);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    private static JsonNode randomValue(Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(12)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.numberNode(-random.nextInt(1000) - 1);
            case 2 -> nodes.numberNode(Long.MAX_VALUE);
            case 3 -> nodes.numberNode(new BigDecimal("1e30"));
            case 4 -> nodes.numberNode(2.5);
            case 5 -> nodes.stringNode("XX");
            case 6 -> nodes.stringNode("");
            case 7 -> nodes.booleanNode(true);
            case 8 -> nodes.arrayNode().add(1);
            case 9 -> nodes.objectNode().put("x", 1);
            case 10 -> nodes.stringNode("E10000001");
            default -> nodes.numberNode(random.nextInt(3000));
        };
    }

    private static BigDecimal amount(Random random) {
        return BigDecimal.valueOf(random.nextInt(10_000_000), 2);
    }

    private static <T> List<T> times(Random random, int most, Supplier<T> item) {
        List<T> items = new ArrayList<>();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            items.add(item.get());
        }
        return items;
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
