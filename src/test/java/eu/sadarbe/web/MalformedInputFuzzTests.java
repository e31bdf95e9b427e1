package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.SeparateSadarbe;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftDocuments;

/**
 * Malformed input to every form and every API operation never ends in a 5xx (issue #12). The forms are every POST
 * and PUT handler Spring MVC maps for pages, the operations every one in {@code /v3/api-docs}, so a new form or
 * operation is covered without touching this test. Each is sent, seeded and bounded, empty, huge, NUL-bearing,
 * wrongly typed, negative and overflowing values, unknown enum values, malformed ids and broken JSON in its path,
 * query, form and body, by each demo role that can reach it. Runs on a database of its own: what it changes stays
 * out of the other tests' way ({@link SeparateSadarbe}).
 */
class MalformedInputFuzzTests extends SeparateSadarbe {

    static final long SEED = 20261204L;
    static final int CASES_PER_OPERATION = 6;
    static final String HUGE = "x".repeat(100_000);
    static final List<String> MALFORMED = List.of("", " ", HUGE, "a\u0000b", "\u0000", "-1", "-2147483649",
            "99999999999999999999999", "2147483648", "1e309", "NaN", "12.5", "-0.0001", "not-a-uuid",
            "00000000-0000-0000-0000-000000000000", "NO_SUCH_VALUE", "2020-13-45", "../../etc/passwd",
            "<script>alert(1)</script>", "%", "'; DROP TABLE account;--", "{\"a\":", "ā".repeat(5_000), "1/2/x",
            "E99999999", "LV99", "true");
    /** What the first cases of each form put into one or two of its fields: every form gets each of them. */
    static final List<String> SYSTEMATIC = List.of(HUGE, "a\u0000b", "99999999999999999999999", "NO_SUCH_VALUE");
    static final List<String> BROKEN_JSON = List.of("", "{", "null", "[]", "\"text\"", "42", "{\"a\":" + "[".repeat(2_000),
            "{\"title\":\"" + HUGE + "\"}", "{\"x\":\"a\u0000b\"}", "\u0000", "{\"callYear\":99999999999999999999}");
    static final List<String> ROLES = List.of(DraftDocuments.ANNA, "ilze.ozola@demo.sadarbe.eu",
            "marta.jansone@demo.sadarbe.eu", "admin@demo.sadarbe.eu");
    static final Set<String> NOT_FORM_FIELDS = Set.of("class", "empty");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    AccountRegister accounts;
    @Autowired
    DraftDesk drafting;
    @Autowired
    JdbcClient jdbc;

    final Random random = new Random(SEED);
    final List<String> failures = new ArrayList<>();
    final Map<String, String> known = new LinkedHashMap<>();
    final Map<String, List<String>> areas = new LinkedHashMap<>();
    final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    final Set<String> refusedByTheDatabase = new java.util.TreeSet<>();
    final Map<String, Long> timings = new java.util.HashMap<>();
    int requests;

    @Test
    void noFormAndNoApiOperationAnswers5xxToMalformedInput() throws Exception {
        long started = System.currentTimeMillis();
        learnKnownValues();
        // In a fixed order, so that the seed gives every run the same cases.
        for (var mapping : mappings.getHandlerMethods().entrySet().stream()
                .sorted(java.util.Comparator.comparing(entry -> entry.getKey().toString())).toList()) {
            if (isPageForm(mapping.getKey(), mapping.getValue())) {
                fuzzForm(mapping.getKey(), mapping.getValue());
            }
        }
        fuzzApi(JsonMapper.builder().build().readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn().getResponse().getContentAsString()));
        System.out.println("[fuzz] " + requests + " requests in " + (System.currentTimeMillis() - started)
                + " ms, answers by status: " + statuses);
        // Not failures: answered 400 by the handler beneath the forms, but each is a form that could check sooner.
        refusedByTheDatabase.forEach(operation -> System.out.println("[fuzz] value refused by the database: " + operation));
        timings.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(slow -> System.out.println("[fuzz] slowest: " + slow.getKey() + " " + slow.getValue() + " ms"));
        assertThat(failures).as("operations answering 5xx to malformed input").isEmpty();
    }

    // ---- what the paths need to get past "not found": real ids from the demo data and this test's own draft

    void learnKnownValues() {
        SignedInUser anna = person(DraftDocuments.ANNA);
        known.put("draft", drafting.start(anna.id(), DraftDocuments.annasDocument("Fuzz"), null).id().toString());
        known.put("submitted", first("SELECT application_id FROM submission ORDER BY submitted_at"));
        known.put("assessable", first("SELECT application_id FROM assessment_assignment ORDER BY application_id"));
        known.put("assignment", first("SELECT a.id FROM assessment_assignment a JOIN account e ON e.id = a.expert_id "
                + "WHERE e.email = 'marta.jansone@demo.sadarbe.eu' ORDER BY a.id"));
        known.put("expert", first("SELECT account_id FROM assessment_expert ORDER BY email"));
        known.put("round", first("SELECT id FROM call_round ORDER BY deadline_brussels DESC"));
    }

    String first(String sql) {
        return jdbc.sql(sql).query((rs, row) -> rs.getString(1)).list().stream().findFirst()
                .orElse(UUID.randomUUID().toString());
    }

    /** A real value for a path variable most of the time, so that the handler's own checks run; else malformed. */
    String pathValue(String path, String name) {
        if (random.nextInt(4) == 0) {
            return MALFORMED.get(random.nextInt(MALFORMED.size()));
        }
        return switch (name) {
            case "id" -> path.contains("/agency/") ? known.get("submitted") : path.startsWith("/assessments")
                    || path.contains("/api/v1/assessments") ? known.get("assignment")
                    : path.startsWith("/rounds") ? known.get("round") : known.get("draft");
            case "applicationId" -> known.get("assessable");
            case "assignmentId" -> known.get("assignment");
            case "accountId" -> known.get("expert");
            case "oid" -> "E10000001";
            case "slug" -> List.of("project", "organisations", "description", "budget", "annexes", "declaration",
                    "nonsense").get(random.nextInt(7));
            case "callYear", "year" -> "2020";
            case "actionType" -> "KA202";
            case "code" -> "LV01";
            case "round" -> "1";
            default -> MALFORMED.get(random.nextInt(MALFORMED.size()));
        };
    }

    String malformed() {
        return MALFORMED.get(random.nextInt(MALFORMED.size()));
    }

    // ---- forms: every POST/PUT handler of a page controller

    static boolean isPageForm(RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        boolean changes = methods.contains(RequestMethod.POST) || methods.contains(RequestMethod.PUT);
        boolean json = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class);
        String path = info.getPatternValues().iterator().next();
        return changes && !json && !path.startsWith("/api/") && !path.startsWith("/error");
    }

    void fuzzForm(RequestMappingInfo info, HandlerMethod handler) throws Exception {
        HttpMethod method = HttpMethod.valueOf(info.getMethodsCondition().getMethods().iterator().next().name());
        String pattern = info.getPatternValues().iterator().next();
        List<String> fields = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            formFields(parameter, fields, files);
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        info.getParamsCondition().getExpressions().forEach(expression -> {
            if (expression.getValue() != null && !expression.isNegated()) {
                fixed.put(expression.getName(), expression.getValue());
            }
        });
        Map<String, String> headers = new LinkedHashMap<>();
        info.getHeadersCondition().getExpressions().forEach(expression -> {
            if (expression.getValue() != null && !expression.isNegated()) {
                headers.put(expression.getName(), expression.getValue());
            }
        });
        List<String> roles = reachingRoles(method, pattern, fixed, headers);
        // The form as the page shows it (handlers that take the whole form as a map name no fields), so that
        // each case spoils a few fields of an otherwise sensible form and reaches past the first check.
        Map<String, String> shown = fieldsOnThePage(pattern, roles.get(0));
        files.forEach(shown::remove);
        fields.forEach(field -> shown.putIfAbsent(field, malformed()));
        for (int i = 0; i < CASES_PER_OPERATION; i++) {
            String role = roles.get(i % roles.size());
            String path = i < SYSTEMATIC.size() ? expandKnown(pattern) : expand(pattern);
            Map<String, String> values = new LinkedHashMap<>(fixed);
            values.putAll(spoiled(shown, i));
            AbstractMockHttpServletRequestBuilder<?> request;
            if (files.isEmpty()) {
                request = MockMvcRequestBuilders.request(method, path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            } else {
                MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(method, path);
                for (String file : files) {
                    multipart.file(new MockMultipartFile(file, malformed() + "\u0000.pdf", "application/pdf",
                            randomBytes()));
                }
                request = multipart;
            }
            values.forEach(request::param);
            headers.forEach(request::header);
            send(method + " " + pattern + " as " + role, request.header("Accept-Language", language())
                    .with(as(role)).with(csrf()), path, values);
        }
    }

    /**
     * The form with one or two fields spoilt by a systematic value (huge, NUL, overflowing numbers, unknown enum
     * value) in the first cases, and every field spoilt at random in the others.
     */
    Map<String, String> spoiled(Map<String, String> shown, int kase) {
        Map<String, String> values = new LinkedHashMap<>(shown);
        List<String> names = new ArrayList<>(shown.keySet());
        if (names.isEmpty()) {
            return values;
        }
        if (kase < SYSTEMATIC.size()) {
            for (int spoilt = 0; spoilt < 2; spoilt++) {
                values.put(names.get(random.nextInt(names.size())), SYSTEMATIC.get(kase));
            }
        } else {
            names.forEach(name -> values.put(name, malformed()));
        }
        return values;
    }

    /** The fields and values of the page that shows the form: at the same address, or at the one above it. */
    Map<String, String> fieldsOnThePage(String pattern, String role) throws Exception {
        String path = expandKnown(pattern);
        Map<String, String> fields = new java.util.TreeMap<>();
        for (String page : List.of(path, path.substring(0, Math.max(1, path.lastIndexOf('/'))))) {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.get(page).with(as(role))).andReturn();
            if (result.getResponse().getStatus() == 200) {
                var tags = java.util.regex.Pattern.compile("<(?:input|textarea|select)\\b[^>]*>")
                        .matcher(result.getResponse().getContentAsString());
                while (tags.find() && fields.size() < 60) {
                    String name = attribute(tags.group(), "name");
                    if (name != null && !name.equals("_csrf")) {
                        String value = attribute(tags.group(), "value");
                        fields.putIfAbsent(name, value == null ? "" : value);
                    }
                }
                break;
            }
        }
        return fields;
    }

    static String attribute(String tag, String name) {
        var matcher = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)) : null;
    }

    void formFields(MethodParameter parameter, List<String> fields, List<String> files) {
        Class<?> type = parameter.getParameterType();
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestHeader.class)
                || parameter.hasParameterAnnotation(RequestBody.class)) {
            return;
        }
        String name = requestParam != null && !requestParam.name().isEmpty() ? requestParam.name()
                : parameter.getParameterName();
        if (MultipartFile.class.isAssignableFrom(type)) {
            files.add(name);
        } else if (requestParam != null || BeanUtils.isSimpleValueType(type) || type.isEnum()) {
            if (name != null && !Map.class.isAssignableFrom(type)) {
                fields.add(name);
            }
        } else if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(component.getName());
            }
        } else if (type.getName().startsWith("eu.sadarbe") && !type.isInterface()
                && !type.getSimpleName().equals("SignedInUser")) {
            for (var property : BeanUtils.getPropertyDescriptors(type)) {
                if (!NOT_FORM_FIELDS.contains(property.getName())) {
                    fields.add(property.getName());
                }
            }
        }
    }

    byte[] randomBytes() {
        return switch (random.nextInt(3)) {
            case 0 -> new byte[0];
            case 1 -> "%PDF-1.4 not really".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(4096)];
                random.nextBytes(bytes);
                yield bytes;
            }
        };
    }

    // ---- API: every operation of the OpenAPI document

    void fuzzApi(JsonNode api) throws Exception {
        for (var path : api.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase(java.util.Locale.ROOT));
                fuzzOperation(api, method, path.getKey(), operation.getValue());
            }
        }
    }

    void fuzzOperation(JsonNode api, HttpMethod method, String pattern, JsonNode operation) throws Exception {
        JsonNode content = operation.path("requestBody").path("content");
        List<String> roles = reachingRoles(method, pattern, Map.of(), Map.of());
        for (int i = 0; i < CASES_PER_OPERATION; i++) {
            String role = roles.get(i % roles.size());
            boolean systematic = i < SYSTEMATIC.size();
            String value = systematic ? SYSTEMATIC.get(i) : null;
            String path = systematic ? expandKnown(pattern) : expand(pattern);
            Map<String, String> query = new LinkedHashMap<>();
            AbstractMockHttpServletRequestBuilder<?> request;
            if (content.has("multipart/form-data")) {
                MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(method, path);
                for (var property : schema(api, content.path("multipart/form-data").path("schema"))
                        .path("properties").properties()) {
                    if ("binary".equals(property.getValue().path("format").asString(""))) {
                        multipart.file(new MockMultipartFile(property.getKey(), malformed() + "\u0000.pdf",
                                "application/pdf", randomBytes()));
                    } else {
                        query.put(property.getKey(), systematic ? value : malformed());
                    }
                }
                request = multipart;
            } else {
                request = MockMvcRequestBuilders.request(method, path);
                if (!content.isMissingNode()) {
                    request.contentType(MediaType.APPLICATION_JSON).content(body(api, content, value));
                }
            }
            for (JsonNode parameter : operation.path("parameters")) {
                String name = parameter.path("name").asString();
                switch (parameter.path("in").asString()) {
                    case "query" -> query.put(name, systematic ? value : malformed());
                    case "header" -> request.header(name, malformed().replace('\u0000', ' '));
                    default -> { }
                }
            }
            query.forEach(request::param);
            send(method + " " + pattern + " (API) as " + role, request.header("Accept-Language", language())
                    .accept(MediaType.APPLICATION_JSON).with(as(role)).with(csrf()), path, query);
        }
    }

    /**
     * The operation's own shape with every property set to the systematic value (as a number where it is one),
     * or, without one, broken JSON or malformed values of the wrong types.
     */
    String body(JsonNode api, JsonNode content, String value) {
        JsonNode schema = schema(api, content.properties().iterator().next().getValue().path("schema"));
        ObjectNode body = JsonMapper.builder().build().createObjectNode();
        if (value != null) {
            for (var property : schema.path("properties").properties()) {
                if (value.matches("-?\\d+")) {
                    body.put(property.getKey(), new java.math.BigInteger(value));
                } else {
                    body.put(property.getKey(), value);
                }
            }
            return body.toString();
        }
        if (random.nextInt(3) == 0) {
            return BROKEN_JSON.get(random.nextInt(BROKEN_JSON.size()));
        }
        for (var property : schema.path("properties").properties()) {
            switch (random.nextInt(6)) {
                case 0 -> body.put(property.getKey(), malformed());
                case 1 -> body.put(property.getKey(), random.nextBoolean() ? Long.MAX_VALUE : -1L);
                case 2 -> body.put(property.getKey(), new java.math.BigDecimal("1e400"));
                case 3 -> body.putArray(property.getKey()).add(malformed());
                case 4 -> body.putObject(property.getKey()).put("x", malformed());
                default -> body.putNull(property.getKey());
            }
        }
        return body.toString();
    }

    static JsonNode schema(JsonNode api, JsonNode schema) {
        String reference = schema.path("$ref").asString("");
        return reference.isEmpty() ? schema
                : api.path("components").path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1));
    }

    // ---- sending and judging

    /**
     * The demo roles for whom the operation is not refused outright (403/401), or the applicant when none is;
     * asked once per area of the site ({@code /agency}, {@code /api/v1/applications} …) to keep the run short.
     */
    List<String> reachingRoles(HttpMethod method, String pattern, Map<String, String> params,
                               Map<String, String> headers) throws Exception {
        String[] segments = pattern.split("/");
        String area = method + " " + (pattern.startsWith("/api/") && segments.length > 3 ? segments[3]
                : segments.length > 1 ? segments[1] : "");
        List<String> known = areas.get(area);
        if (known == null) {
            known = probe(method, pattern, params, headers);
            areas.put(area, known);
        }
        return known;
    }

    List<String> probe(HttpMethod method, String pattern, Map<String, String> params,
                       Map<String, String> headers) throws Exception {
        List<String> reaching = new ArrayList<>();
        for (String role : ROLES) {
            AbstractMockHttpServletRequestBuilder<?> probe = MockMvcRequestBuilders.request(method, expandKnown(pattern))
                    .with(as(role)).with(csrf());
            params.forEach(probe::param);
            headers.forEach(probe::header);
            MvcResult result = send(method + " " + pattern + " (probe) as " + role, probe, pattern, params);
            if (result != null && result.getResponse().getStatus() != 403 && result.getResponse().getStatus() != 401) {
                reaching.add(role);
            }
        }
        return reaching.isEmpty() ? List.of(DraftDocuments.ANNA) : reaching;
    }

    MvcResult send(String operation, AbstractMockHttpServletRequestBuilder<?> request, String path, Map<String, String> values) {
        requests++;
        long start = System.nanoTime();
        try {
            MvcResult result = mvc.perform(request).andReturn();
            statuses.merge(result.getResponse().getStatus(), 1, Integer::sum);
            timings.merge(operation.replaceAll(" as .*", ""), (System.nanoTime() - start) / 1_000_000, Long::sum);
            if (result.getResolvedException() instanceof org.springframework.dao.DataIntegrityViolationException) {
                refusedByTheDatabase.add(operation.replaceAll(" as .*", ""));
            }
            if (result.getResponse().getStatus() >= 500) {
                fail(operation, path, values, result.getResponse().getStatus() + " "
                        + (result.getResolvedException() == null ? "" : result.getResolvedException()));
            }
            return result;
        } catch (Exception thrown) {
            Throwable cause = thrown;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            fail(operation, path, values, "500 " + cause);
            return null;
        }
    }

    void fail(String operation, String path, Map<String, String> values, String outcome) {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((name, value) -> shown.put(name, shown(value)));
        String failure = operation + " " + shown(path) + " " + shown + " -> " + shown(outcome);
        failures.add(failure);
        System.out.println("[fuzz] " + failure);
    }

    static String shown(String value) {
        String visible = value.replace("\u0000", "\\0");
        return visible.length() > 120 ? visible.substring(0, 60) + "…(" + visible.length() + " chars)" : visible;
    }

    String expand(String pattern) {
        StringBuilder path = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        while (matcher.find()) {
            String value = pathValue(pattern, matcher.group(1));
            matcher.appendReplacement(path, java.util.regex.Matcher.quoteReplacement(
                    org.springframework.web.util.UriUtils.encodePathSegment(value.isEmpty() ? " " : value,
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The path with real values only, for the probe that finds who may use the operation. */
    String expandKnown(String pattern) {
        StringBuilder path = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        while (matcher.find()) {
            String value = pathValue(pattern, matcher.group(1));
            for (int attempt = 0; attempt < 20 && MALFORMED.contains(value); attempt++) {
                value = pathValue(pattern, matcher.group(1));
            }
            matcher.appendReplacement(path, java.util.regex.Matcher.quoteReplacement(
                    org.springframework.web.util.UriUtils.encodePathSegment(value.isEmpty() ? " " : value,
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    String language() {
        return random.nextBoolean() ? "lv" : "en";
    }

    RequestPostProcessor as(String email) {
        return user(person(email));
    }

    final Map<String, SignedInUser> people = new LinkedHashMap<>();

    SignedInUser person(String email) {
        return people.computeIfAbsent(email, wanted -> {
            AccountSummary account = accounts.byEmail(wanted).orElseThrow();
            return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                    account.nationalAgencyCode(), account.language(), true, null);
        });
    }
}
