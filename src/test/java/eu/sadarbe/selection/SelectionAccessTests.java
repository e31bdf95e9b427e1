package eu.sadarbe.selection;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * Only officers of the agency see and change its ranking, on the pages and over the API: officers of another
 * agency, applicants and experts are refused (403), anonymous callers must sign in (401 / sign-in page). A module
 * test of selection with its pages (the real security chain), on people of its own and one assessed application of
 * its own to EE01 in the round of {@link SelectionTests}, whose ranking is LV01's: the EE01 ranking holds only this
 * application, and LV01's officer is the other agency's.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class SelectionAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BeanFactory beans;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher publisher;

    SignedInUser officer;
    SignedInUser otherAgencysOfficer;
    SignedInUser applicant;
    SignedInUser expert;
    RankingKey key;
    String ranking;
    SubmissionSummary assessed;

    /** One assessed application, made once for the class; each test starts from no decision and no envelope. */
    @BeforeEach
    void oneAssessedApplication() {
        if (assessed != null) {
            undoSelection();
            return;
        }
        ModuleTestData data = new ModuleTestData("selection pages", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "EE01");
        otherAgencysOfficer = data.person("Jānis Liepa", Role.NA_OFFICER, "LV01");
        expert = data.person("Marta Jansone", Role.EXPERT, "EE01");
        ModuleTestData.Draft draft = data.draftForEe01("Access");
        applicant = draft.applicant();
        assessed = data.submit(draft);
        key = new RankingKey("EE01", ModuleTestData.CALL_YEAR, assessed.roundNumber(), "KA202");
        ranking = "/api/v1/agency/{code}/ranking?year=" + key.callYear() + "&round=" + key.roundNumber()
                + "&actionType=KA202";
        assessed(25, 15, 15, 25, "50000");
    }

    @Test
    void letsTheAgencysOfficerReadTheRankingSetTheEnvelopeAndDecideOverTheApi() throws Exception {
        mvc.perform(put("/api/v1/agency/EE01/envelopes/{year}/{round}/KA202", key.callYear(), key.roundNumber())
                        .contentType("application/json").content("{\"amount\": 50000, \"reserveSize\": 5}")
                        .with(httpBasic(officer.email(), OwnPeople.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reserveSize").value(5));

        mvc.perform(get(ranking + "&envelope=10", "EE01").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cutOffRank").value(0))
                .andExpect(jsonPath("$.ranked[0].placement").value("RESERVE"));

        mvc.perform(post("/api/v1/agency/EE01/decisions").contentType("application/json").content(decisions())
                        .with(httpBasic(officer.email(), OwnPeople.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.envelope").value(50000))
                .andExpect(jsonPath("$.cutOffRank").value(1))
                .andExpect(jsonPath("$.ranked", hasSize(1)))
                .andExpect(jsonPath("$.ranked[0].applicationNumber").value(assessed.applicationNumber()))
                .andExpect(jsonPath("$.ranked[0].decision").value("SELECTED"))
                .andExpect(jsonPath("$.ranked[0].decidedBy").value(officer.email()));
    }

    @Test
    void refusesTheApiToAnyoneButTheAgencysOfficers() throws Exception {
        mvc.perform(get(ranking, "EE01")).andExpect(status().isUnauthorized());
        for (SignedInUser person : List.of(otherAgencysOfficer, applicant, expert)) {
            mvc.perform(get(ranking, "EE01").with(httpBasic(person.email(), OwnPeople.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get(ranking, "LV01").with(httpBasic(officer.email(), OwnPeople.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/agency/EE01/envelopes/{year}/{round}/KA202", key.callYear(), key.roundNumber())
                        .contentType("application/json").content("{\"amount\": 1}")
                        .with(httpBasic(otherAgencysOfficer.email(), OwnPeople.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agency/EE01/decisions").contentType("application/json").content(decisions())
                        .with(httpBasic(applicant.email(), OwnPeople.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/decision", assessed.applicationId())
                        .contentType("application/json").content("{\"outcome\":\"REJECTED\",\"reason\":\"x\"}")
                        .with(httpBasic(otherAgencysOfficer.email(), OwnPeople.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesThePagesToAnyoneButTheAgencysOfficers() throws Exception {
        String page = "/agency/selection?year=" + key.callYear() + "&round=" + key.roundNumber() + "&actionType=KA202";
        String application = "/agency/selection/applications/" + assessed.applicationId();
        mvc.perform(get(page).accept("text/html")).andExpect(status().is3xxRedirection());
        for (SignedInUser person : List.of(applicant, expert)) {
            mvc.perform(get(page).with(user(person))).andExpect(status().isForbidden());
            mvc.perform(get(application).with(user(person))).andExpect(status().isForbidden());
        }
        mvc.perform(get(application).with(user(otherAgencysOfficer))).andExpect(status().isForbidden());
        mvc.perform(get(application + "/letter").with(user(otherAgencysOfficer))).andExpect(status().isForbidden());
        mvc.perform(post(application + "/grant").param("amount", "1").with(csrf()).with(user(otherAgencysOfficer)))
                .andExpect(status().isForbidden());
        // The other agency's officer sees his own agency's ranking of the round, never EE01's applications.
        mvc.perform(get(page).with(user(otherAgencysOfficer))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(assessed.applicationNumber()))));
        mvc.perform(get(page).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(assessed.applicationNumber())));
    }

    private String decisions() {
        return "{\"callYear\": " + key.callYear() + ", \"roundNumber\": " + key.roundNumber()
                + ", \"actionType\": \"KA202\"}";
    }

    /** The officer's consolidated score, published in a transaction as the assessment module does. */
    private void assessed(int relevance, int design, int team, int impact, String requested) {
        int total = relevance + design + team + impact;
        AssessmentCompleted event = new AssessmentCompleted(assessed.applicationId(), assessed.id(),
                assessed.applicationNumber(), assessed.nationalAgencyCode(), assessed.callYear(),
                assessed.roundNumber(), assessed.actionType(),
                List.of(new CriterionScore("relevance", relevance, 30, List.of("Fine")),
                        new CriterionScore("design", design, 20, List.of()),
                        new CriterionScore("team", team, 20, List.of()),
                        new CriterionScore("impact", impact, 30, List.of())),
                total, true, new BigDecimal(requested), null, officer.id().value(), Instant.now(), "Fine");
        transaction.executeWithoutResult(status -> publisher.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT total FROM selection_candidate WHERE application_id = ?")
                .param(assessed.applicationId().value()).query(Integer.class).optional().orElse(-1) == total);
    }

    private void undoSelection() {
        jdbc.sql("DELETE FROM selection_decision WHERE application_id = ?").param(assessed.applicationId().value())
                .update();
        jdbc.sql("DELETE FROM selection_envelope WHERE national_agency_code = ? AND call_year = ? "
                + "AND round_number = ? AND action_type = ?")
                .params(key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType()).update();
    }
}
