package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue 21: the ranking page shows 50 rows at a time, by default the page with the cut-off, and every figure above
 * the table still counts all candidates; the what-if pages the same way, and the API keeps every row. On a ranking
 * of its own that no other test uses: 120 passing candidates (equal scores, so ranked by application number, rank
 * = number), 55 below the pass marks and 3 formally ineligible, written straight into selection's table. A module
 * test of selection with its pages, by an LV01 officer of its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
@DisplayName("R-AWD-05")
class RankingPagesTests {

    static final RankingKey KEY = new RankingKey("LV01", 2016, 9, "KA201");
    static final String PAGE = "/agency/selection?year=2016&round=9&actionType=KA201";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BeanFactory beans;

    final List<UUID> ids = new ArrayList<>();

    SignedInUser officer;

    @BeforeEach
    void aLargeRankingAndAnOfficerOfLv01() {
        officer = new ModuleTestData("selection", beans).person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        for (int number = 1; number <= 120; number++) {
            candidate(number, true, true, number == 100 ? "9000.00" : null);
        }
        for (int number = 121; number <= 175; number++) {
            candidate(number, true, false, null);
        }
        for (int number = 176; number <= 178; number++) {
            candidate(number, false, false, null);
        }
    }

    @AfterEach
    void forgetIt() {
        for (UUID id : ids) {
            jdbc.sql("DELETE FROM assessment_audit WHERE application_id = ?").param(id).update();
            jdbc.sql("DELETE FROM selection_candidate WHERE application_id = ?").param(id).update();
        }
        ids.clear();   // one instance for all the tests of a module test (@TestInstance(PER_CLASS))
    }

    @Test
    void theDefaultPageIsTheOneWithTheCutOffAndTheFiguresCountEveryCandidate() throws Exception {
        // €10,000 each: 60 funded, the reserve list from rank 61; the page is ranks 36 to 85 (25 above, 25 below).
        String page = page(PAGE + "&whatIf=600000");

        assertThat(page).contains("60 of 120 passing applications funded: €600,000.00 of the envelope of "
                + "€600,000.00; €0.00 left.", "Ranks 36 to 85 of 120 (page 2 of 3).", "This page has the cut-off.");
        assertThat(rows(page)).isEqualTo(50);
        assertThat(page).containsSubsequence(number(36), number(60), "id=\"cut-off\"", number(61), "Reserve 1",
                number(85), "aria-label=\"Pages of the ranking\"", "id=\"failing-table\"");
        assertThat(page).doesNotContain(number(35) + "<", number(86) + "<", "id=\"to-cut-off\"");
        // The pagination keeps the ranking and the what-if envelope, and names the cut-off's page.
        assertThat(page).contains("actionType=KA201&amp;whatIf=600000&amp;page=1#ranking-page\"",
                "actionType=KA201&amp;whatIf=600000&amp;page=3#ranking-page\"",
                "aria-label=\"Page 2, with the cut-off\"", "aria-current=\"page\"");
        // 55 below the pass marks: 50 here, the rest on the list's second page; the 3 ineligible on one page.
        assertThat(page).contains("Applications 1 to 50 of 55 (page 1 of 2).", "failingPage=2#failing-table\"")
                .doesNotContain("id=\"ineligible-page\"", "ineligiblePage=");
        assertThat(page(PAGE + "&whatIf=600000&failingPage=2")).contains("Applications 51 to 55 of 55 (page 2 of 2).",
                number(175), "Ranks 36 to 85 of 120");
    }

    @Test
    void everyPageOfTheRankingCanBeWalkedAndLeadsBackToTheCutOff() throws Exception {
        String first = page(PAGE + "&whatIf=600000&page=1");
        assertThat(rows(first)).isEqualTo(35);
        assertThat(first).contains("Ranks 1 to 35 of 120 (page 1 of 3).", number(1), number(35),
                "60 of 120 passing applications funded")
                .doesNotContain("id=\"cut-off\"", number(36) + "<");
        assertThat(first).contains("id=\"to-cut-off\"",
                "href=\"/agency/selection?year=2016&amp;round=9&amp;actionType=KA201&amp;whatIf=600000#cut-off\"",
                "Go to the cut-off (page 2)");

        String last = page(PAGE + "&whatIf=600000&page=3");
        assertThat(rows(last)).isEqualTo(35);
        assertThat(last).contains("Ranks 86 to 120 of 120 (page 3 of 3).", number(86), number(120))
                .doesNotContain("id=\"cut-off\"");
        // A row's action on page 3 comes back to page 3.
        assertThat(last).contains("name=\"page\" value=\"3\"");
        mvc.perform(post("/agency/selection/applications/{id}/grant", ids.get(99)).param("amount", "9000.00")
                        .param("returnTo", "ranking").param("page", "3").with(user(ilze())).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "&page=3"));

        // Everyone funded: the last page, with the line below its last row.
        String all = page(PAGE + "&whatIf=5000000");
        assertThat(all).contains("120 of 120 passing applications funded", "This page has the cut-off.");
        assertThat(all).containsSubsequence(number(71), number(120), "id=\"cut-off\"");
        assertThat(rows(all)).isEqualTo(50);
    }

    @Test
    void theWhatIfIsPagedTheSameWayAndTheApiKeepsEveryRow() throws Exception {
        // €300,000: 30 funded; the cut-off's page is ranks 6 to 55.
        String fragment = mvc.perform(get(PAGE + "&whatIf=300000").header("HX-Request", "true").with(user(ilze())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("30 of 120 passing applications funded",
                "Ranks 6 to 55 of 120 (page 2 of 4).", "whatIf=300000&amp;page=1#ranking-page\"");
        assertThat(fragment).containsSubsequence(number(6), number(30), "id=\"cut-off\"", number(31), number(55));
        assertThat(rows(fragment)).isEqualTo(50);

        String firstPage = mvc.perform(get(PAGE + "&whatIf=300000&page=1").header("HX-Request", "true")
                .with(user(ilze()))).andReturn().getResponse().getContentAsString();
        assertThat(rows(firstPage)).isEqualTo(5);
        assertThat(firstPage).contains("Go to the cut-off (page 2)");

        mvc.perform(get("/api/v1/agency/LV01/ranking?year=2016&round=9&actionType=KA201").with(user(ilze())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranked.length()").value(120))
                .andExpect(jsonPath("$.failing.length()").value(55))
                .andExpect(jsonPath("$.ineligible.length()").value(3));
    }

    private void candidate(int number, boolean eligible, boolean passed, String recommended) {
        UUID id = UUID.randomUUID();
        ids.add(id);
        jdbc.sql("""
                        INSERT INTO selection_candidate (application_id, submission_id, application_number,
                            national_agency_code, call_year, round_number, action_type, formally_eligible,
                            ineligibility_reason, ineligibility_rules, assessed, total, relevance, impact, passed,
                            criteria_json, requested_grant, recommended_grant, granted, updated_at)
                        VALUES (?, ?, ?, 'LV01', 2016, 9, 'KA201', ?, ?, ?, ?, ?, 25, 25, ?, '[]', 10000.00, ?,
                            10000.00, ?)""")
                .params(id, UUID.randomUUID(), number(number), eligible, eligible ? null : "Too few partners",
                        eligible ? null : "R-ELIG-02", eligible, eligible ? (passed ? 80 : 50) : 0, passed,
                        recommended == null ? null : new java.math.BigDecimal(recommended),
                        Timestamp.from(Instant.now()))
                .update();
    }

    private static String number(int number) {
        return "2016-9-LV01-KA201-%06d".formatted(number);
    }

    private static int rows(String page) {
        return page.split("data-placement=", -1).length - 1;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(ilze()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private SignedInUser ilze() {
        return officer;
    }
}
