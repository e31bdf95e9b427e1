package eu.sadarbe.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

/**
 * An example for every request body and answer of the OpenAPI document that has none, built from its schema (the
 * examples the controllers give on fields are kept), so that each one is valid against the schema it illustrates.
 */
final class ApiExamples {

    private static final String UUID = "0b5e3c1a-6f2d-4e8b-9a47-2c1d5f8e7a90";
    private static final int MAX_DEPTH = 6;

    private final Map<String, Schema> schemas;

    ApiExamples(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    void addTo(OpenAPI api) {
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> addTo(path, operation)));
    }

    private void addTo(String path, Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().forEach((type, media) -> example(media, null, path));
        }
        if (operation.getResponses() != null) {
            String concrete = concrete(path, operation);
            operation.getResponses().forEach((code, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> example(media, code, concrete));
                }
                describe(response);
            });
        }
    }

    /** The path with an example value for each of its parameters, as a request would name it. */
    private String concrete(String path, Operation operation) {
        String concrete = path;
        if (operation.getParameters() != null) {
            for (var parameter : operation.getParameters()) {
                if ("path".equals(parameter.getIn()) && parameter.getSchema() != null) {
                    Object value = parameter.getExample() != null ? parameter.getExample()
                            : of(parameter.getSchema(), new HashSet<>(), 0);
                    concrete = concrete.replace("{" + parameter.getName() + "}",
                            java.net.URLEncoder.encode(String.valueOf(value), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return concrete.replaceAll("[{}]", "");
    }

    private static void describe(ApiResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Done");
        }
    }

    private void example(MediaType media, @Nullable String code, String path) {
        if (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty())
                || media.getSchema() == null) {
            return;
        }
        if (code != null && code.startsWith("4") && media.getSchema().get$ref() != null
                && media.getSchema().get$ref().endsWith("/" + ApiDocumentation.PROBLEM_SCHEMA)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title(code));
            problem.put("status", Integer.valueOf(code));
            problem.put("detail", title(code) + ".");
            problem.put("instance", path);
            media.setExample(problem);
            return;
        }
        Object example = of(media.getSchema(), new HashSet<>(), 0);
        if (example != null) {
            media.setExample(example);
        }
    }

    private static String title(String code) {
        return switch (code) {
            case "400" -> "Bad Request";
            case "401" -> "Unauthorized";
            case "403" -> "Forbidden";
            case "404" -> "Not Found";
            case "409" -> "Conflict";
            case "412" -> "Precondition Failed";
            case "413" -> "Content Too Large";
            case "422" -> "Unprocessable Content";
            case "428" -> "Precondition Required";
            default -> "Client Error";
        };
    }

    /** A value valid against {@code schema}; null when none can be made (a recursive or empty schema). */
    @Nullable Object of(Schema schema, Set<String> seen, int depth) {
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema target = schemas.get(name);
            if (target == null || !seen.add(name)) {
                return null;
            }
            try {
                return of(target, seen, depth + 1);
            } finally {
                seen.remove(name);
            }
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
            if (choices != null) {
                for (Schema choice : choices) {
                    Object value = of(choice, seen, depth + 1);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        if (schema.getAllOf() != null) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Object part : schema.getAllOf()) {
                if (of((Schema) part, seen, depth + 1) instanceof Map<?, ?> map) {
                    map.forEach((key, value) -> merged.put(String.valueOf(key), value));
                }
            }
            return merged;
        }
        if (ApiDocumentation.isType(schema, "array") || schema.getItems() != null) {
            List<Object> items = new ArrayList<>();
            Object item = schema.getItems() == null ? null : of(schema.getItems(), seen, depth + 1);
            int count = schema.getMinItems() == null ? (item == null ? 0 : 1) : schema.getMinItems();
            for (int i = 0; i < count && item != null; i++) {
                items.add(item);
            }
            return items;
        }
        if (ApiDocumentation.isType(schema, "object") || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                Map<String, Schema> properties = schema.getProperties();
                properties.forEach((name, property) -> {
                    Object value = of(property, seen, depth + 1);
                    if (value != null || isNullable(property)) {
                        object.put(name, value);
                    }
                });
            }
            return object;
        }
        if (ApiDocumentation.isType(schema, "string")) {
            return string(schema);
        }
        if (ApiDocumentation.isType(schema, "integer")) {
            return schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
        }
        if (ApiDocumentation.isType(schema, "number")) {
            return schema.getMinimum() != null ? schema.getMinimum() : 1000.0;
        }
        if (ApiDocumentation.isType(schema, "boolean")) {
            return true;
        }
        return null;
    }

    private static boolean isNullable(Schema schema) {
        return ApiDocumentation.isType(schema, "null");
    }

    private static @Nullable String string(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String text = switch (format) {
            case "uuid" -> UUID;
            case "date" -> "2020-03-24";
            case "date-time" -> "2020-03-24T11:00:00Z";
            case "email" -> "anna.berzina@example.org";
            case "uri", "url", "uri-reference" -> "https://example.org/";
            case "binary", "byte" -> "";
            default -> "text";
        };
        if (schema.getPattern() != null && !text.matches(schema.getPattern())) {
            return null;
        }
        if (schema.getMinLength() != null && text.length() < schema.getMinLength()) {
            text = text + "x".repeat(schema.getMinLength() - text.length());
        }
        if (schema.getMaxLength() != null && text.length() > schema.getMaxLength()) {
            text = text.substring(0, schema.getMaxLength());
        }
        return text;
    }
}
