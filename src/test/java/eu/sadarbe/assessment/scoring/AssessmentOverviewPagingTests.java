package eu.sadarbe.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import eu.sadarbe.ModuleTest;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue 21: the officer's assessments come 50 at a time, the group filter kept in the page links, and the routine
 * count the page shows counted over all of them in SQL — the same count as the states computed one by one; the
 * routine cases 50 at a time, chosen in SQL; and the API's list page by page. A module test of assessment with its
 * pages: the applications are an agency's of the test's own (ZZ98), their experts the test's own, in LV01's pool
 * without action types, so that no suggestion for another test's round picks them.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class AssessmentOverviewPagingTests {

    private static final String AGENCY = "ZZ98";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Consolidation consolidation;
    @Autowired Scoring scoring;
    @Autowired ExpertPool pool;
    @Autowired BeanFactory beans;

    private final SignedInUser officer = new SignedInUser(new AccountId(UUID.randomUUID()), "officer@zz98.test",
            "ZZ officer", Set.of(Role.NA_OFFICER), AGENCY, "en", true, null);

    @Test
    void theOverviewIsPagedByFiftyWithTheGroupKeptInItsLinks() throws Exception {
        List<UUID> ids = new ArrayList<>();
        try {
            for (int index = 1; index <= 120; index++) {
                ids.add(assessable(index <= 60 ? "KA201" : "KA202", index));
            }
            String first = page("");
            assertThat(first).contains("120 eligible applications", "Page 1 of 3", "ZZ98-KA201-0001")
                    .doesNotContain("ZZ98-KA201-0051");
            String second = page("?page=1");
            assertThat(second).contains("Page 2 of 3", "ZZ98-KA201-0051", "rel=\"prev\"")
                    .doesNotContain("ZZ98-KA201-0001");
            assertThat(page("?page=2")).contains("Page 3 of 3", "ZZ98-KA202-0120").doesNotContain("rel=\"next\"");
            assertThat(page("?page=99")).as("past the end: the last page").contains("Page 3 of 3");

            String filtered = page("?group=2020/7/KA202");
            assertThat(filtered).contains("60 eligible applications", "Page 1 of 2", "ZZ98-KA202-0061")
                    .doesNotContain("ZZ98-KA201-0001");
            String next = link(filtered, "next");
            assertThat(next).contains("group=2020", "KA202", "page=1");
            String filteredSecond = mvc.perform(get(next).with(user(officer))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(filteredSecond).contains("Page 2 of 2", "ZZ98-KA202-0120", "ZZ98-KA202-0111")
                    .doesNotContain("ZZ98-KA201-", "ZZ98-KA202-0061<");
            assertThat(link(filteredSecond, "prev")).contains("group=2020", "KA202", "page=0");

            String latvian = mvc.perform(get("/agency/assessments?page=1").header("Accept-Language", "lv")
                    .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(latvian).contains("2. lapa no 3", "Atbilstīgi pieteikumi: 120");
            assertThat(page("?group=nonsense")).as("an unknown group: all of them").contains("Page 1 of 3");
        } finally {
            delete(ids);
        }
    }

    @Test
    void theRoutineCountInSqlIsTheCountOfRoutineStates() {
        AwardRules rules = scoring.rules(2020, "KA202");
        int pass = rules.passTotal();
        int apart = rules.thirdExpertDifference();
        List<UUID> experts = threeExperts();
        assertThat(experts).hasSizeGreaterThanOrEqualTo(3);
        List<UUID> ids = new ArrayList<>();
        try {
            UUID routine = assessable("KA202", 1);
            ids.add(routine);
            sheets(routine, experts, pass + 10, pass + 10 - apart + 1);
            UUID apartEnough = assessable("KA202", 2);
            ids.add(apartEnough);
            sheets(apartEnough, experts, pass + 10, pass + 10 - apart);
            UUID bothFail = assessable("KA202", 3);
            ids.add(bothFail);
            sheets(bothFail, experts, pass - 1, pass - 1 - apart);
            UUID oneMissing = assessable("KA202", 4);
            ids.add(oneMissing);
            sheets(oneMissing, experts, pass + 10);
            UUID consolidated = assessable("KA202", 5);
            ids.add(consolidated);
            sheets(consolidated, experts, pass + 10, pass + 10);
            jdbc.sql("""
                            INSERT INTO assessment_consolidation (application_id, relevance_points, design_points,
                                team_points, impact_points, total_points, passed, suggested_total, consolidated_by,
                                consolidated_at) VALUES (?, ?, 0, 0, 0, ?, TRUE, ?, 'officer@zz98.test', ?)""")
                    .params(consolidated, pass + 10, pass + 10, pass + 10, Timestamp.from(Instant.now())).update();
            UUID third = assessable("KA202", 6);
            ids.add(third);
            sheets(third, experts, pass + 10, pass + 10);
            assignment(third, experts.get(2), "OFFERED", true, null);

            long oneByOne = consolidation.page(officer, AGENCY, null, 0, 100).states().stream()
                    .filter(AssessmentState::routine).count();
            assertThat(oneByOne).as("routine, and both below the pass mark").isEqualTo(2);
            assertThat(consolidation.overview(officer, AGENCY, null, 0).routineCount()).isEqualTo(oneByOne);
            assertThat(consolidation.overview(officer, AGENCY, new RoundGroup(2020, 7, "KA202"), 0).routineCount())
                    .isEqualTo(oneByOne);
            Consolidation.RoutineCases batch = consolidation.routine(officer, AGENCY);
            assertThat(batch.count()).isEqualTo(oneByOne);
            assertThat(batch.states()).extracting(state -> state.application().applicationId().value())
                    .as("chosen in SQL: the same cases as the states say, in number order")
                    .containsExactlyElementsOf(consolidation.page(officer, AGENCY, null, 0, 100).states().stream()
                            .filter(AssessmentState::routine)
                            .map(state -> state.application().applicationId().value()).toList());
            assertThat(consolidation.overview(officer, AGENCY, new RoundGroup(2020, 7, "KA201"), 0).routineCount())
                    .isZero();
        } finally {
            delete(ids);
        }
    }

    @Test
    void theRoutineCasesComeFiftyAtATimeWithTheirCountOverAll() throws Exception {
        AwardRules rules = scoring.rules(2020, "KA202");
        List<UUID> experts = threeExperts();
        List<UUID> ids = new ArrayList<>();
        try {
            for (int index = 1; index <= Consolidation.ROUTINE_BATCH + 5; index++) {
                UUID routine = assessable("KA202", index);
                ids.add(routine);
                sheets(routine, experts, rules.passTotal() + 10, rules.passTotal() + 10);
            }
            Consolidation.RoutineCases batch = consolidation.routine(officer, AGENCY);
            assertThat(batch.count()).isEqualTo(Consolidation.ROUTINE_BATCH + 5);
            assertThat(batch.states()).hasSize(Consolidation.ROUTINE_BATCH);
            assertThat(batch.states().get(0).application().applicationNumber()).isEqualTo("ZZ98-KA202-0001");

            String english = mvc.perform(get("/agency/assessments/routine").with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(english).contains("These are the first 50 of 55 routine cases", "ZZ98-KA202-0050")
                    .doesNotContain("ZZ98-KA202-0051");
            String latvian = mvc.perform(get("/agency/assessments/routine").header("Accept-Language", "lv")
                    .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(latvian).contains("Šie ir pirmie 50 no 55 ierastajiem gadījumiem");
        } finally {
            delete(ids);
        }
    }

    @Test
    void theApiPagesTheAgencysAssessmentsWithTheirCount() throws Exception {
        List<UUID> ids = new ArrayList<>();
        try {
            for (int index = 1; index <= 120; index++) {
                ids.add(assessable(index <= 60 ? "KA201" : "KA202", index));
            }
            mvc.perform(get("/api/v1/agency/ZZ98/assessments").with(user(officer)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(120))
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(25))
                    .andExpect(jsonPath("$.pages").value(5))
                    .andExpect(jsonPath("$.assessments", hasSize(25)))
                    .andExpect(jsonPath("$.assessments[0].applicationNumber").value("ZZ98-KA201-0001"));
            mvc.perform(get("/api/v1/agency/ZZ98/assessments").param("group", "2020/7/KA202").param("page", "1")
                            .param("size", "50").with(user(officer)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(60))
                    .andExpect(jsonPath("$.pages").value(2))
                    .andExpect(jsonPath("$.assessments", hasSize(10)))
                    .andExpect(jsonPath("$.assessments[0].applicationNumber").value("ZZ98-KA202-0111"));
            mvc.perform(get("/api/v1/agency/ZZ98/assessments").param("size", "1000").param("page", "99")
                            .with(user(officer)))
                    .andExpect(jsonPath("$.size").value(100))
                    .andExpect(jsonPath("$.page").value(1))
                    .andExpect(jsonPath("$.assessments", hasSize(20)));
            mvc.perform(get("/api/v1/agency/ZZ98/assessments").param("group", "nonsense").with(user(officer)))
                    .andExpect(status().isBadRequest());
        } finally {
            delete(ids);
        }
    }

    private List<UUID> threeExperts() {
        ModuleTestData data = new ModuleTestData("assessment", beans);
        SignedInUser lv01 = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        List<UUID> experts = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            SignedInUser expert = data.person("Expert " + index, Role.EXPERT, null);
            pool.keep(lv01, expert.email(), List.of(), List.of("en"), "LV", null);
            experts.add(expert.id().value());
        }
        return experts;
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/agency/assessments" + query).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String link(String page, String rel) {
        Matcher href = Pattern.compile("rel=\"" + rel + "\" href=\"([^\"]+)\"").matcher(page);
        assertThat(href.find()).as(rel + " link").isTrue();
        return HtmlUtils.htmlUnescape(href.group(1));
    }

    private UUID assessable(String actionType, int index) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO assessment_assessable (application_id, submission_id, application_number,
                            national_agency_code, call_year, round_number, action_type, title, language_code,
                            consortium_oids, requested_grant, eligible, checked_at)
                        VALUES (?, ?, ?, ?, 2020, 7, ?, ?, 'en', '', 100000, TRUE, ?)""")
                .params(id, UUID.randomUUID(), "%s-%s-%04d".formatted(AGENCY, actionType, index), AGENCY, actionType,
                        "Paged application " + index, Timestamp.from(Instant.now())).update();
        return id;
    }

    private void sheets(UUID application, List<UUID> experts, int... totals) {
        for (int index = 0; index < 2; index++) {
            assignment(application, experts.get(index), index < totals.length ? "SUBMITTED" : "ACCEPTED", false,
                    index < totals.length ? totals[index] : null);
        }
    }

    private void assignment(UUID application, UUID expert, String status, boolean third, Integer total) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO assessment_assignment (id, application_id, expert_id, status, third_expert,
                            relevance_points, design_points, team_points, impact_points, assigned_at, submitted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), application, expert, status, third, total, total == null ? null : 0,
                        total == null ? null : 0, total == null ? null : 0, now, total == null ? null : now)
                .update();
    }

    private void delete(List<UUID> ids) {
        for (UUID id : ids) {
            for (String table : List.of("assessment_consolidation", "assessment_assignment", "assessment_assessable")) {
                jdbc.sql("DELETE FROM " + table + " WHERE application_id = ?").param(id).update();
            }
        }
    }
}
