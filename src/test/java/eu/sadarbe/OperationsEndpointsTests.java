package eu.sadarbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16: {@code /actuator/prometheus} answers the deadline-day metrics to the scraper named by
 * {@code sadarbe.metrics.*} (the build sets its password for the tests) and to nobody else; {@code /actuator/info}
 * tells the version and the git commit.
 */
@SadarbeTest
class OperationsEndpointsTests {

    static final String SCRAPER = "prometheus";
    static final String PASSWORD = "test-scraper";

    @Autowired
    MockMvc mvc;

    @Test
    void theScraperReadsTheDeadlineDayMetrics() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic(SCRAPER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn().getResponse().getContentAsString();

        for (String name : new String[] {"sadarbe_submissions_total", "sadarbe_receipts_pending",
                "sadarbe_events_incomplete", "sadarbe_sign_in_failures_total", "sadarbe_sign_in_throttled_total"}) {
            Matcher sample = Pattern.compile("(?m)^" + name + "\\{[^}]*application=\"sadarbe\"[^}]*} (\\S+)$")
                    .matcher(metrics);
            assertThat(sample.find()).as(name).isTrue();
            assertThat(Double.parseDouble(sample.group(1))).as(name).isNotNaN().isGreaterThanOrEqualTo(0);
        }
        assertThat(metrics).contains("sadarbe_drafting_autosaves_total", "sadarbe_drafting_conflicts_total",
                "hikaricp_connections_active", "jvm_memory_used_bytes");
    }

    @Test
    void nobodyElseReadsThem() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(SCRAPER, "guess"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin@demo.sadarbe.eu", "sadarbe-demo")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void infoTellsTheVersionAndTheCommit() throws Exception {
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.version").isNotEmpty())
                .andExpect(jsonPath("$.build.artifact").value("sadarbe"))
                .andExpect(jsonPath("$.git.commit.id").isNotEmpty());
    }
}
