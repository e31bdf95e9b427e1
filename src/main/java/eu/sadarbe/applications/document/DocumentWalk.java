package eu.sadarbe.applications.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import eu.sadarbe.applications.document.DocumentFault.Kind;
import eu.sadarbe.shared.CountryCode;

/**
 * Reads the fields of a JSON tree one by one, noting every fault with its JSON Pointer instead of stopping at
 * the first: the applicant learns everything that is wrong in one answer.
 */
final class DocumentWalk {

    /** Larger amounts are typing mistakes, not estimates; they would only make the arithmetic slow. */
    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1000000000");

    final List<DocumentFault> faults = new ArrayList<>();

    void fault(String pointer, Kind kind, String... arguments) {
        faults.add(new DocumentFault(pointer.isEmpty() ? "" : pointer, kind, List.of(arguments)));
    }

    @Nullable JsonNode field(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                fault(pointer + "/" + name, Kind.MISSING);
            }
            return null;
        }
        return node;
    }

    /** A string of at most {@code maximumLength} characters. */
    @Nullable String text(JsonNode parent, String pointer, String name, boolean required, int maximumLength) {
        String text = text(parent, pointer, name, required);
        if (text != null && text.length() > maximumLength) {
            fault(pointer + "/" + name, Kind.TOO_LONG, String.valueOf(maximumLength));
            return null;
        }
        return text;
    }

    @Nullable String text(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = field(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            fault(pointer + "/" + name, Kind.WRONG_TYPE, "string");
            return null;
        }
        return node.stringValue();
    }

    /** A whole number that may not be negative. */
    @Nullable Integer count(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = field(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            fault(pointer + "/" + name, Kind.WRONG_TYPE, "integer");
            return null;
        }
        if (node.intValue() < 0) {
            fault(pointer + "/" + name, Kind.NEGATIVE);
            return null;
        }
        return node.intValue();
    }

    /** An amount in euros that may not be negative. */
    @Nullable BigDecimal amount(JsonNode parent, String pointer, String name) {
        JsonNode node = field(parent, pointer, name, true);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            fault(pointer + "/" + name, Kind.WRONG_TYPE, "number");
            return null;
        }
        BigDecimal amount = node.decimalValue();
        if (amount.signum() < 0) {
            fault(pointer + "/" + name, Kind.NEGATIVE);
            return null;
        }
        if (amount.compareTo(LARGEST_AMOUNT) >= 0) {
            fault(pointer + "/" + name, Kind.NOT_ALLOWED, "< " + LARGEST_AMOUNT.toPlainString());
            return null;
        }
        return amount;
    }

    <E extends Enum<E>> @Nullable E choice(JsonNode parent, String pointer, String name, Class<E> type) {
        String value = text(parent, pointer, name, true);
        if (value == null) {
            return null;
        }
        E[] allowed = type.getEnumConstants();
        for (E constant : allowed) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        fault(pointer + "/" + name, Kind.NOT_ALLOWED,
                Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    @Nullable LocalDate date(JsonNode parent, String pointer, String name) {
        String value = text(parent, pointer, name, false);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notIso) {
            fault(pointer + "/" + name, Kind.WRONG_TYPE, "date (YYYY-MM-DD)");
            return null;
        }
    }

    /** A country code known in the call year's country list, when that list is known. */
    @Nullable CountryCode country(JsonNode parent, String pointer, String name, @Nullable Set<CountryCode> known) {
        String value = text(parent, pointer, name, true);
        if (value == null) {
            return null;
        }
        if (!value.matches("[A-Z]{2}") || (known != null && !known.contains(new CountryCode(value)))) {
            fault(pointer + "/" + name, Kind.UNKNOWN_COUNTRY, value);
            return null;
        }
        return new CountryCode(value);
    }

    /** A reference to an organisation listed in the document. */
    @Nullable String reference(JsonNode parent, String pointer, String name, Set<String> identifiers) {
        String value = text(parent, pointer, name, true);
        if (value != null && !identifiers.contains(value)) {
            fault(pointer + "/" + name, Kind.UNKNOWN_ORGANISATION, value);
            return null;
        }
        return value;
    }

    /** The items of an optional list, each read by {@code item}; items with faults are left out. */
    <T> List<T> list(JsonNode parent, String pointer, String name, boolean required,
                     BiFunction<JsonNode, String, @Nullable T> item) {
        JsonNode node = field(parent, pointer, name, required);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            fault(pointer + "/" + name, Kind.WRONG_TYPE, "array");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int index = 0; index < node.size(); index++) {
            String itemPointer = pointer + "/" + name + "/" + index;
            JsonNode element = node.get(index);
            T read = item.apply(element, itemPointer);
            if (read != null) {
                items.add(read);
            }
        }
        return items;
    }

    boolean isObject(JsonNode node, String pointer) {
        if (!node.isObject()) {
            fault(pointer, Kind.WRONG_TYPE, "object");
            return false;
        }
        return true;
    }

    boolean hasFaults() {
        return !faults.isEmpty();
    }

    int faultCount() {
        return faults.size();
    }
}
