package eu.sadarbe.eligibility.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.eligibility.EligibilityCheck;

/**
 * Every document in the shared examples folder gets exactly the answer in its {@code .expected.json}. The
 * examples are also copied into the test resources, so that the test never passes without them; the copy
 * must match the shared folder whenever that folder sits beside the checkout.
 * <p>
 * A slice test: the public check API's controller with the real rules engine, budget and rule figures of the
 * database, without the rest of Sadarbe.
 */
@WebSliceTest(value = ApplicationCheckApiController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "eu\\.sadarbe\\.applications\\.document\\.DocumentReaderConfiguration"))
@Import({EligibilityCheck.class, CheckMessages.class, Budgeting.class, RuleBook.class, ReferenceData.class})
class ApplicationCheckExamplesTests {

    static final Path SHARED = Path.of("..", "shared", "api", "examples");
    static final Path COPY = Path.of("src", "test", "resources", "api-examples");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(COPY)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.endsWith(".expected.json"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void theCopiedExamplesAreTheSharedOnes() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(2);
        if (!Files.isDirectory(SHARED)) {
            return;   // the copy stands in where the shared folder is not checked out
        }
        assertThat(names(COPY)).containsExactlyElementsOf(names(SHARED));
        for (String name : names(SHARED)) {
            assertThat(Files.readString(COPY.resolve(name))).as(name)
                    .isEqualTo(Files.readString(SHARED.resolve(name)));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void answersEachExampleExactlyAsExpected(String name) throws Exception {
        String document = Files.readString(COPY.resolve(name));
        JsonNode expected = JSON.readTree(Files.readString(COPY.resolve(name.replace(".json", ".expected.json"))));
        String answer = mvc.perform(post("/api/v1/application-checks").contentType(MediaType.APPLICATION_JSON)
                        .content(document))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(inExpectedShape(JSON.readTree(answer))).isEqualTo(normalised(expected));
    }

    /** The answer mapped to the examples' shape: errorRules are the rule ids of ERROR findings. */
    static Map<String, Object> inExpectedShape(JsonNode answer) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("eligible", answer.get("eligible").booleanValue());
        JsonNode agency = answer.get("nationalAgency");
        shape.put("nationalAgency", agency == null || agency.isNull() ? null : Map.of("code", agency.get("code").stringValue()));
        List<String> errorRules = new ArrayList<>();
        answer.get("findings").forEach(finding -> {
            if (finding.get("severity").stringValue().equals("ERROR")
                    && !errorRules.contains(finding.get("rule").stringValue())) {
                errorRules.add(finding.get("rule").stringValue());
            }
        });
        shape.put("errorRules", errorRules.stream().sorted().toList());
        Map<String, BigDecimal> budget = new LinkedHashMap<>();
        answer.get("budget").get("categories").forEach(category ->
                budget.put(category.get("category").stringValue(), amount(category.get("amount"))));
        shape.put("budget", budget);
        shape.put("total", amount(answer.get("budget").get("total")));
        shape.put("maximum", amount(answer.get("budget").get("maximum")));
        return shape;
    }

    static Map<String, Object> normalised(JsonNode expected) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("eligible", expected.get("eligible").booleanValue());
        JsonNode agency = expected.get("nationalAgency");
        shape.put("nationalAgency", agency == null || agency.isNull() ? null : Map.of("code", agency.get("code").stringValue()));
        List<String> errorRules = new ArrayList<>();
        expected.get("errorRules").forEach(rule -> errorRules.add(rule.stringValue()));
        shape.put("errorRules", errorRules.stream().sorted().toList());
        Map<String, BigDecimal> budget = new LinkedHashMap<>();
        expected.get("budget").properties().forEach(entry -> budget.put(entry.getKey(), amount(entry.getValue())));
        shape.put("budget", budget);
        shape.put("total", amount(expected.get("total")));
        shape.put("maximum", amount(expected.get("maximum")));
        return shape;
    }

    static BigDecimal amount(JsonNode number) {
        return number.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
