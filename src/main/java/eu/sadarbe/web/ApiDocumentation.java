package eu.sadarbe.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/**
 * Makes the OpenAPI document ({@code /v3/api-docs}) say what the API does, for every controller of every module,
 * without each one repeating it: title, version, licence and contact; the ways to sign in (HTTP Basic, the session
 * cookie with its CSRF token, an OpenID Connect provider's bearer token) and the operations open to everyone (the
 * modules' {@link PublicPaths}); ids as UUID strings, not {@code {value}} objects; a JSON body read as text documented
 * as the JSON object it is; a query object as its query parameters; a 201 or 204 the API answers instead of a
 * generic 200; every 4xx as {@code application/problem+json} (RFC 9457), with the 401, 403, 404 and 400 an operation
 * can answer; and an example for every request and answer, built from the schemas (see {@link ApiExamples}).
 */
@Component
class ApiDocumentation implements OpenApiCustomizer {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String LICENCE = "EUPL-1.2";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final List<String> publicPatterns;
    private final String siteUrl;
    private final AntPathMatcher paths = new AntPathMatcher();

    ApiDocumentation(List<PublicPaths> publicPaths, PublicSite site) {
        this.publicPatterns = publicPaths.stream().flatMap(paths -> paths.patterns().stream()).toList();
        this.siteUrl = site.link("/").replaceAll("/+$", "");
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title("Sadarbe API")
                .version(version())
                .summary("Erasmus+ Strategic Partnerships (KA2, 2014–2020), from application to decision")
                .description("""
                        The JSON API of Sadarbe: reference data, eligibility checks and distances (public), \
                        organisations, applications, submissions, assessments and selection (signed in). Answers \
                        follow Accept-Language (en, lv); every refusal is application/problem+json (RFC 9457) \
                        naming the programme rule (R-…) where one applies.""")
                .license(new License().name("European Union Public Licence 1.2").identifier(LICENCE))
                .contact(new Contact().name("Sadarbe").url(siteUrl)));
        api.servers(List.of(new Server().url(siteUrl).description("This Sadarbe")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        securitySchemes(components);
        api.security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer"),
                new SecurityRequirement().addList("session").addList("csrf")));
        Map<String, Schema> schemas = components.getSchemas() == null ? new LinkedHashMap<>() : components.getSchemas();
        components.schemas(schemas);
        idsAsStrings(schemas);
        problemSchema(schemas);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            security(path, method, operation);
            queryObjects(operation, schemas);
            jsonBodies(operation);
            successes(operation);
            problems(path, method, operation);
        }));
        new ApiExamples(schemas).addTo(api);
        withoutUnusedSchemas(api, schemas);
    }

    /** Schemas nothing refers to any more (a query object now spelled out as parameters) leave the document. */
    private static void withoutUnusedSchemas(OpenAPI api, Map<String, Schema> schemas) {
        java.util.regex.Pattern reference = java.util.regex.Pattern.compile("#/components/schemas/([^\"/]+)\"");
        boolean removed = true;
        while (removed) {
            String text = io.swagger.v3.core.util.Json31.pretty(api);
            Set<String> used = new java.util.HashSet<>();
            java.util.regex.Matcher found = reference.matcher(text);
            while (found.find()) {
                used.add(found.group(1));
            }
            used.add(PROBLEM_SCHEMA);
            removed = schemas.keySet().removeIf(name -> !used.contains(name));
        }
    }

    private static String version() {
        String version = ApiDocumentation.class.getPackage().getImplementationVersion();
        return version == null ? "1" : version;
    }

    private static void securitySchemes(Components components) {
        components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("The account's e-mail address and password. Accounts that must sign in with two "
                        + "factors (officers, administrators) use a session or a bearer token instead."));
        components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token of the OpenID Connect provider Sadarbe is set up "
                        + "with (its issuer, for Sadarbe's client id, of a person whose account is linked)."));
        components.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("SESSION")
                .description("The session cookie of a browser signed in on the pages."));
        components.addSecuritySchemes("csrf", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-CSRF-TOKEN")
                .description("With the session cookie, every POST, PUT, PATCH and DELETE carries the CSRF token "
                        + "(cookie XSRF-TOKEN, or the csrf meta element of a page) in this header."));
    }

    /** A public operation may be called without credentials; an unsafe one with the session needs the CSRF token. */
    private void security(String path, PathItem.HttpMethod method, Operation operation) {
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        boolean open = publicPatterns.stream().anyMatch(pattern -> paths.match(pattern, concrete));
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (open) {
            requirements.add(new SecurityRequirement());
        }
        requirements.add(new SecurityRequirement().addList("basic"));
        requirements.add(new SecurityRequirement().addList("bearer"));
        SecurityRequirement session = new SecurityRequirement().addList("session");
        if (UNSAFE.contains(method.name())) {
            session.addList("csrf");
        }
        requirements.add(session);
        operation.setSecurity(requirements);
    }

    /** An id record ({@code ApplicationId(UUID value)}) travels as its value: a string, in the path or in JSON. */
    private static void idsAsStrings(Map<String, Schema> schemas) {
        schemas.forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            if (name.endsWith("Id") && properties != null && properties.size() == 1
                    && properties.containsKey("value")) {
                Schema value = properties.get("value");
                schema.setProperties(null);
                schema.setRequired(null);
                schema.setTypes(null);
                schema.setType(null);
                schema.addType("string");
                if (value.getFormat() != null) {
                    schema.setFormat(value.getFormat());
                }
                schema.setDescription("Identifier" + ("uuid".equals(value.getFormat()) ? " (a UUID)" : ""));
            }
        });
    }

    /** RFC 9457 problem details, as Spring writes them, with the rule ids and field errors Sadarbe adds. */
    private static void problemSchema(Map<String, Schema> schemas) {
        Schema problem = schemas.computeIfAbsent(PROBLEM_SCHEMA, any -> new Schema<>());
        problem.setTypes(null);
        problem.addType("object");
        problem.setDescription("Problem details (RFC 9457), in the language of Accept-Language");
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("uri-reference", "A URI that names the kind of problem", "about:blank"));
        properties.put("title", string(null, "Short, the same for every problem of this kind", "Not Found"));
        properties.put("status", new Schema<>().types(Set.of("integer")).format("int32").example(404)
                .description("The HTTP status"));
        properties.put("detail", string(null, "What went wrong this time, for a person to read",
                "No application with this id."));
        properties.put("instance", string("uri-reference", "The request's path", "/api/v1/applications/x"));
        problem.setProperties(properties);
        problem.setAdditionalProperties(Boolean.TRUE);
    }

    private static Schema string(@Nullable String format, String description, String example) {
        Schema schema = new Schema<>().types(Set.of("string")).description(description).example(example);
        return format == null ? schema : schema.format(format);
    }

    /** A query parameter bound to an object (a search form) is, on the wire, one parameter per field. */
    private static void queryObjects(Operation operation, Map<String, Schema> schemas) {
        if (operation.getParameters() == null) {
            return;
        }
        List<Parameter> flat = new ArrayList<>();
        for (Parameter parameter : operation.getParameters()) {
            Schema target = parameter.getSchema() == null ? null : referenced(parameter.getSchema(), schemas);
            if ("query".equals(parameter.getIn()) && target != null && target.getProperties() != null
                    && !target.getProperties().isEmpty()) {
                Map<String, Schema> properties = target.getProperties();
                properties.forEach((name, schema) -> flat.add(new Parameter().in("query").name(name)
                        .required(false).schema(schema).description(schema.getDescription())));
            } else {
                flat.add(parameter);
            }
        }
        operation.setParameters(flat);
    }

    /**
     * A controller that reads its JSON body as text (to check it itself) takes a JSON object, not a JSON string:
     * following a {@code string} body would send {@code "{…}"} and get a 400.
     */
    private static void jsonBodies(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json != null && json.getSchema() != null && isType(json.getSchema(), "string")) {
            json.setSchema(new Schema<>().types(Set.of("object")).additionalProperties(Boolean.TRUE)
                    .description("A JSON object (the application document)"));
        }
    }

    /**
     * Where the API answers 201 or 204, the 200 springdoc assumed is not an answer it gives; and an answer springdoc
     * could not type ({@code *}{@code /*}) is the JSON every controller here writes.
     */
    private static void successes(Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        responses.forEach((code, response) -> {
            if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                MediaType any = response.getContent().remove("*/*");
                response.getContent().putIfAbsent("application/json", any);
            }
        });
        if (responses.containsKey("200") && (responses.containsKey("201") || responses.containsKey("204"))) {
            ApiResponse ok = responses.get("200");
            ApiResponse other = responses.containsKey("201") ? responses.get("201") : responses.get("204");
            if (responses.containsKey("201") && (other.getContent() == null || other.getContent().isEmpty())) {
                other.setContent(ok.getContent());
            }
            responses.remove("200");
        }
    }

    /** Every 4xx is problem+json; each operation names the 400, 401, 403 and 404 it can answer. */
    private void problems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean open = operation.getSecurity().stream().anyMatch(SecurityRequirement::isEmpty);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            responses.computeIfAbsent("400", any -> new ApiResponse()
                    .description("The request cannot be read: a parameter or the body is malformed"));
        }
        if (!open) {
            responses.computeIfAbsent("401", any -> new ApiResponse().description("Not signed in"));
            responses.computeIfAbsent("403", any -> new ApiResponse()
                    .description("Signed in, but not allowed to do this"));
        }
        if (path.contains("{")) {
            responses.computeIfAbsent("404", any -> new ApiResponse().description("Nothing with this id"));
        }
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            responses.put("406", new ApiResponse()
                    .description("The Accept header names no type this operation answers with"));
        }
        responses.forEach((code, response) -> {
            if (code.startsWith("4")) {
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription("Refused");
                }
                Content content = response.getContent() == null ? new Content() : response.getContent();
                MediaType problem = content.get(PROBLEM);
                Content only = new Content();
                only.addMediaType(PROBLEM, new MediaType().schema(problem != null && problem.getSchema() != null
                        && problem.getSchema().get$ref() != null ? problem.getSchema()
                        : new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
                response.setContent(only);
            }
        });
    }

    private static @Nullable Schema referenced(Schema schema, Map<String, Schema> schemas) {
        String ref = schema.get$ref();
        return ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    static boolean isType(Schema schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }
}
