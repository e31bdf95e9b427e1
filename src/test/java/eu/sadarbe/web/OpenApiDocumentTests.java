package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.SadarbeTest;

/**
 * The OpenAPI document tells the truth: it is written to {@code target/openapi.json} for CI's linters (Redocly,
 * Spectral), and the real answers of the main operations fit the schemas it documents for them.
 */
@SadarbeTest
class OpenApiDocumentTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "sadarbe-demo";
    private static final String ANNA = "anna.berzina@demo.sadarbe.eu";
    private static final String ILZE = "ilze.ozola@demo.sadarbe.eu";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    JsonNode document;

    @BeforeEach
    void readTheDocument() throws Exception {
        String text = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        document = JSON.readTree(text);
        Path written = Path.of("target", "openapi.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }

    @Test
    void namesTheApiItsLicenceContactAndWaysToSignIn() {
        assertThat(document.path("info").path("title").asString()).isEqualTo("Sadarbe API");
        assertThat(document.path("info").path("license").path("identifier").asString())
                .isEqualTo(ApiDocumentation.LICENCE);
        assertThat(document.path("info").path("contact").path("url").asString()).isNotBlank();
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");
        assertThat(schemes.path("csrf").path("name").asString()).isEqualTo("X-CSRF-TOKEN");
        // A public operation may be called anonymously; a signed-in one may not.
        assertThat(operation("/api/v1/reference/countries", "get").path("security").get(0).isEmpty()).isTrue();
        assertThat(operation("/api/v1/applications", "get").path("security").get(0).isEmpty()).isFalse();
    }

    @Test
    void documentsTheCheckBodyAsAnObjectIdsAsUuidsAnd201sAndProblems() {
        JsonNode body = operation("/api/v1/application-checks", "post").path("requestBody").path("content")
                .path("application/json").path("schema");
        assertThat(types(body)).containsExactly("object");
        JsonNode id = resolve(parameter(operation("/api/v1/applications/{id}", "get"), "id").path("schema"));
        assertThat(types(id)).containsExactly("string");
        assertThat(id.path("format").asString()).isEqualTo("uuid");
        assertThat(operation("/api/v1/organisations", "post").path("responses").has("201")).isTrue();
        assertThat(operation("/api/v1/organisations", "post").path("responses").has("200")).isFalse();
        assertThat(operation("/api/v1/applications/{id}/submissions", "post").path("responses").has("201")).isTrue();
        assertThat(parameter(operation("/api/v1/organisations", "get"), "q").isMissingNode()).isFalse();
        assertThat(operation("/api/v1/distances", "get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("$ref").asString()).endsWith("/DistanceResponse");

        List<String> faults = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode responses = method.getValue().path("responses");
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            if (responses.properties().stream().noneMatch(response -> response.getKey().startsWith("4"))) {
                faults.add(where + ": no 4xx");
            }
            responses.properties().forEach(response -> {
                JsonNode content = response.getValue().path("content");
                if (response.getKey().startsWith("4") && !content.has(ApiDocumentation.PROBLEM)) {
                    faults.add(where + " " + response.getKey() + ": not problem+json");
                }
                content.properties().forEach(media -> {
                    if (!media.getValue().has("example") && !media.getKey().startsWith("application/pdf")
                            && !media.getKey().startsWith("application/octet-stream")) {
                        faults.add(where + " " + response.getKey() + " " + media.getKey() + ": no example");
                    }
                });
            });
        }));
        assertThat(faults).isEmpty();
    }

    @Test
    void marksNullableFields() {
        JsonNode check = document.path("components").path("schemas").path("CheckResponse").path("properties");
        assertThat(check.path("nationalAgency").path("anyOf").toString()).contains("{\"type\":\"null\"}");
        assertThat(types(check.path("eligible"))).containsExactly("boolean");
    }

    @Test
    void realAnswersFitTheDocumentedSchemas() throws Exception {
        String document = Files.readString(Path.of("src/test/resources/api-examples/green-skills.json"));
        answerFits(post("/api/v1/application-checks").contentType(MediaType.APPLICATION_JSON).content(document),
                "/api/v1/application-checks", "post", "200");
        answerFits(get("/api/v1/reference/countries").param("callYear", "2020"), "/api/v1/reference/countries",
                "get", "200");
        answerFits(get("/api/v1/call-rounds"), "/api/v1/call-rounds", "get", "200");
        answerFits(get("/api/v1/distances").param("from", "Riga").param("to", "Tallinn"), "/api/v1/distances",
                "get", "200");
        answerFits(get("/api/v1/distances").param("from", "").param("to", "Tallinn"), "/api/v1/distances",
                "get", "400");
        answerFits(get("/api/v1/applications").with(httpBasic(ANNA, PASSWORD)), "/api/v1/applications", "get",
                "200");
        answerFits(get("/api/v1/applications/" + UUID.randomUUID()).with(httpBasic(ANNA, PASSWORD)),
                "/api/v1/applications/{id}", "get", "404");
        answerFits(get("/api/v1/applications"), "/api/v1/applications", "get", "401");
        answerFits(get("/api/v1/organisations").param("q", "skola").with(httpBasic(ANNA, PASSWORD)),
                "/api/v1/organisations", "get", "200");
        answerFits(get("/api/v1/agency/LV01/applications").with(httpBasic(ILZE, PASSWORD)),
                "/api/v1/agency/{code}/applications", "get", "200");
        answerFits(get("/api/v1/agency/LV01/reports").param("status", "OPEN").with(httpBasic(ILZE, PASSWORD)),
                "/api/v1/agency/{code}/reports", "get", "200");
        answerFits(get("/api/v1/agency/reports/" + UUID.randomUUID() + "/assessment").with(httpBasic(ILZE, PASSWORD)),
                "/api/v1/agency/reports/{id}/assessment", "get", "404");
        String someReport = null;
        for (String status : List.of("SUBMITTED", "CLOSED", "OPEN")) {
            JsonNode listed = JSON.readTree(mvc.perform(get("/api/v1/agency/LV01/reports").param("status", status)
                    .with(httpBasic(ILZE, PASSWORD))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).path("reports");
            if (someReport == null && !listed.isEmpty()) {
                someReport = listed.get(0).path("id").asString();
            }
        }
        assertThat(someReport).as("the demo's agency has reports").isNotNull();
        answerFits(get("/api/v1/agency/reports/" + someReport + "/assessment").with(httpBasic(ILZE, PASSWORD)),
                "/api/v1/agency/reports/{id}/assessment", "get", "200");
    }

    /** The comparison can fail: an answer of another shape does not fit the documented schema. */
    @Test
    void anAnswerOfAnotherShapeDoesNotFit() {
        Schema check = validator(operation("/api/v1/application-checks", "post").path("responses").path("200")
                .path("content").properties().iterator().next().getValue());
        assertThat(check.validate(JSON.readTree("{\"eligible\": \"yes\", \"findings\": {}}"))).isNotEmpty();
    }

    private Schema validator(JsonNode media) {
        ObjectNode schema = JSON.createObjectNode();
        schema.set("components", document.path("components"));
        media.path("schema").properties().forEach(entry -> schema.set(entry.getKey(), entry.getValue()));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    }

    private void answerFits(MockHttpServletRequestBuilder request, String path, String method, String status)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Accept-Language", "en")).andReturn()
                .getResponse();
        assertThat(String.valueOf(response.getStatus())).as(method + " " + path).isEqualTo(status);
        JsonNode content = operation(path, method).path("responses").path(status).path("content");
        assertThat(content.isEmpty()).as(method + " " + path + " " + status + " documented").isFalse();
        JsonNode media = content.properties().iterator().next().getValue();
        Schema validator = validator(media);
        JsonNode answer = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(validator.validate(answer)).as(method + " " + path + " " + status + ": " + answer).isEmpty();
        // The documented example fits the schema too.
        if (media.has("example")) {
            assertThat(validator.validate(media.path("example"))).as("example of " + method + " " + path).isEmpty();
        }
    }

    /**
     * The document names a schema by its class's simple name; two classes of one name in the API would share one
     * schema, and the second would be documented with the first one's fields (the eligibility check's categories
     * were once documented as a report's). Every class the API answers or reads is told apart by its simple name.
     */
    @Test
    void namesNoTwoOfTheApisClassesAlike() {
        Map<String, Set<Class<?>>> byName = new TreeMap<>();
        Set<Type> seen = new HashSet<>();
        handlers.getHandlerMethods().forEach((mapping, method) -> {
            if (mapping.getPatternValues().stream().noneMatch(pattern -> pattern.startsWith("/api/"))) {
                return;
            }
            collect(method.getMethod().getGenericReturnType(), byName, seen);
            for (Parameter parameter : method.getMethod().getParameters()) {
                if (parameter.isAnnotationPresent(RequestBody.class)) {
                    collect(parameter.getParameterizedType(), byName, seen);
                }
            }
        });
        assertThat(byName).as("the API's own classes").isNotEmpty();
        assertThat(byName.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .map(entry -> entry.getKey() + " " + entry.getValue()).toList())
                .as("one schema name, two classes").isEmpty();
    }

    /** The record and enum types of Sadarbe a type is made of, by simple name, down through lists and maps. */
    private static void collect(Type type, Map<String, Set<Class<?>>> byName, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), byName, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, byName, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, byName, seen);
            }
        } else if (type instanceof Class<?> raw && raw.getName().startsWith("eu.sadarbe.")) {
            if (raw.isArray()) {
                collect(raw.getComponentType(), byName, seen);
                return;
            }
            byName.computeIfAbsent(raw.getSimpleName(), name -> new HashSet<>()).add(raw);
            if (raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    collect(component.getGenericType(), byName, seen);
                }
            }
        }
    }

    private JsonNode operation(String path, String method) {
        return document.path("paths").path(path).path(method);
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return parameter;
            }
        }
        return MissingNode.getInstance();
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : document.at(ref.substring(1));
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(each -> types.add(each.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        return types;
    }
}
