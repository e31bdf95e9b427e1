package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * The officer narrows and sorts the inbox, on its page and over REST, and is told which filters the page did not
 * understand and left out. A module test of assessment with its pages, on LV01 submissions of its own in assessment's
 * own round: one of them asks for more special-needs support, and so for a larger grant.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class InboxFilterTests {

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired InboxEntries entries;
    @Autowired SubmittedApplications submitted;

    ModuleTestData data;
    SignedInUser officer;
    String round;

    @BeforeEach
    void anOfficerOfLv01() {
        data = new ModuleTestData("assessment", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        round = ModuleTestData.CALL_YEAR + "-" + data.round().roundNumber();
    }

    @Test
    void theOfficerFiltersAndSortsOverRest() throws Exception {
        SubmissionSummary smaller = inTheInbox(data.submitted("Smaller grant"));
        SubmissionSummary larger = inTheInbox(data.submit(data.draft("Larger grant",
                document -> document.replace("\"amount\": 1200.0", "\"amount\": 9600.0"))));
        long inTheRound = inTheRound();
        mvc.perform(get("/api/v1/agency/LV01/applications").with(user(officer))
                        .param("round", round).param("actionType", "KA202"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(inTheRound))
                .andExpect(jsonPath("$.applications[*].actionType", everyItem(is("KA202"))));
        mvc.perform(get("/api/v1/agency/LV01/applications").with(user(officer))
                        .param("round", round).param("actionType", "KA204"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        String body = mvc.perform(get("/api/v1/agency/LV01/applications").with(user(officer))
                        .param("round", round).param("sort", "grant").param("direction", "desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(inTheRound))
                .andReturn().getResponse().getContentAsString();
        List<BigDecimal> grants = JsonPath.<List<Number>>read(body, "$.applications[*].requestedGrant").stream()
                .map(grant -> new BigDecimal(grant.toString())).toList();
        assertThat(grants).isSortedAccordingTo(Comparator.reverseOrder());
        List<String> numbers = JsonPath.read(body, "$.applications[*].applicationNumber");
        assertThat(numbers.indexOf(larger.applicationNumber()))
                .isNotNegative().isLessThan(numbers.indexOf(smaller.applicationNumber()));
        mvc.perform(get("/agency/applications").with(user(officer)).param("round", round)
                        .param("actionType", "KA202").param("sort", "submitted").param("search", "Smaller grant"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(smaller.applicationNumber())));
        mvc.perform(get("/agency/applications").with(user(officer)).param("round", round)
                        .param("actionType", "KA204").param("sort", "submitted"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(smaller.applicationNumber()))));
    }

    @Test
    void theInboxSaysWhichFiltersItDidNotUnderstandAndLeavesThemOut() throws Exception {
        SubmissionSummary application = inTheInbox(data.submitted("Filters not understood"));
        mvc.perform(get("/agency/applications").with(user(officer)).param("round", "twenty")
                        .param("actionType", "KA202").param("sort", "zzz").param("page", "-4")
                        .param("stage", "nonsense").param("search", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ignored-filters\"")))
                .andExpect(content().string(containsString("Round: the value was not understood and is ignored")))
                .andExpect(content().string(containsString("href=\"#round\"")))
                .andExpect(content().string(containsString("href=\"#filters\"")))
                .andExpect(content().string(containsString("Sort by: the value was not understood")))
                .andExpect(content().string(containsString("Page: the value was not understood")))
                .andExpect(content().string(containsString("Stage: the value was not understood")))
                .andExpect(content().string(not(containsString("Action type: the value was not understood"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(get("/agency/applications").with(user(officer)).param("round", "twenty")
                        .param("actionType", "KA202").param("search", "Filters not understood")
                        .header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kārta: vērtība netika saprasta")))
                .andExpect(content().string(containsString(application.applicationNumber())));
        mvc.perform(get("/agency/applications").with(user(officer)).param("round", round)
                        .param("sort", "grant").param("direction", "desc"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"ignored-filters\""))));
    }

    private long inTheRound() {
        int number = data.round().roundNumber();
        return submitted.routedTo("LV01").stream()
                .filter(submission -> submission.callYear() == ModuleTestData.CALL_YEAR
                        && submission.roundNumber() == number && submission.actionType().equals("KA202"))
                .map(SubmissionSummary::applicationId).distinct().count();
    }

    private SubmissionSummary inTheInbox(SubmissionSummary submission) {
        await().atMost(Duration.ofSeconds(30)).until(() -> entries.find(submission.applicationId()).isPresent());
        return submission;
    }
}
