package eu.sadarbe.selection.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.demo.DemoAccounts;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Only officers of the agency see and change its ranking, on the pages and over the API: officers of another
 * agency, applicants and experts are refused (403), anonymous callers must sign in (401 / sign-in page).
 */
@SubmissionTest
class SelectionAccessTests {

    static final String RANKING = "/api/v1/agency/{code}/ranking?year=2020&round=3&actionType=KA202";
    static final String EXPERT = "marta.jansone@demo.sadarbe.eu";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    SubmissionDesk desk;

    @Autowired
    AccountRegister accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    SettableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    SelectionTestData data;

    SubmissionSummary assessed;

    @BeforeEach
    void oneAssessedApplication() {
        data = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher, jdbc, clock);
        data.emptyRanking();
        assessed = data.submitted("Access", "en");
        data.assessed(assessed, 25, 15, 15, 25, "50000", null, List.of("Fine"));
        data.afterTheDeadline();
    }

    @Test
    void letsTheAgencysOfficerReadTheRankingSetTheEnvelopeAndDecideOverTheApi() throws Exception {
        mvc.perform(put("/api/v1/agency/LV01/envelopes/2020/3/KA202").contentType("application/json")
                        .content("{\"amount\": 50000, \"reserveSize\": 5}")
                        .with(httpBasic(SubmissionFixtures.ILZE, DemoAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reserveSize").value(5));

        mvc.perform(get(RANKING + "&envelope=10", "LV01").with(user(data.person(SubmissionFixtures.ILZE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cutOffRank").value(0))
                .andExpect(jsonPath("$.ranked[0].placement").value("RESERVE"));

        mvc.perform(post("/api/v1/agency/LV01/decisions").contentType("application/json")
                        .content("{\"callYear\": 2020, \"roundNumber\": 3, \"actionType\": \"KA202\"}")
                        .with(httpBasic(SubmissionFixtures.ILZE, DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.envelope").value(50000))
                .andExpect(jsonPath("$.cutOffRank").value(1))
                .andExpect(jsonPath("$.ranked", hasSize(1)))
                .andExpect(jsonPath("$.ranked[0].applicationNumber").value(assessed.applicationNumber()))
                .andExpect(jsonPath("$.ranked[0].decision").value("SELECTED"))
                .andExpect(jsonPath("$.ranked[0].decidedBy").value(SubmissionFixtures.ILZE));
    }

    @Test
    void refusesTheApiToAnyoneButTheAgencysOfficers() throws Exception {
        mvc.perform(get(RANKING, "LV01")).andExpect(status().isUnauthorized());
        for (String email : List.of(SubmissionFixtures.JANIS, SubmissionFixtures.ANNA, EXPERT)) {
            mvc.perform(get(RANKING, "LV01").with(httpBasic(email, DemoAccounts.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get(RANKING, "LV02").with(httpBasic(SubmissionFixtures.ILZE, DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/agency/LV01/envelopes/2020/3/KA202").contentType("application/json")
                        .content("{\"amount\": 1}").with(httpBasic(SubmissionFixtures.JANIS, DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agency/LV01/decisions").contentType("application/json")
                        .content("{\"callYear\": 2020, \"roundNumber\": 3, \"actionType\": \"KA202\"}")
                        .with(httpBasic(SubmissionFixtures.ANNA, DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agency/LV02/applications/{id}/decision", assessed.applicationId())
                        .contentType("application/json").content("{\"outcome\":\"REJECTED\",\"reason\":\"x\"}")
                        .with(httpBasic(SubmissionFixtures.JANIS, DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesThePagesToAnyoneButTheAgencysOfficers() throws Exception {
        String page = "/agency/selection?year=2020&round=3&actionType=KA202";
        String application = "/agency/selection/applications/" + assessed.applicationId();
        mvc.perform(get(page).accept("text/html")).andExpect(status().is3xxRedirection());
        for (String email : List.of(SubmissionFixtures.ANNA, EXPERT)) {
            mvc.perform(get(page).with(user(data.person(email)))).andExpect(status().isForbidden());
            mvc.perform(get(application).with(user(data.person(email)))).andExpect(status().isForbidden());
        }
        mvc.perform(get(application).with(user(data.person(SubmissionFixtures.JANIS)))).andExpect(status().isForbidden());
        mvc.perform(get(application + "/letter").with(user(data.person(SubmissionFixtures.JANIS))))
                .andExpect(status().isForbidden());
        mvc.perform(post(application + "/grant").param("amount", "1").with(csrf())
                        .with(user(data.person(SubmissionFixtures.JANIS))))
                .andExpect(status().isForbidden());
        // Jānis's own page shows his agency's (empty) LV02 ranking, never LV01's applications.
        mvc.perform(get(page).with(user(data.person(SubmissionFixtures.JANIS)))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(assessed.applicationNumber()))));
        mvc.perform(get(page).with(user(data.person(SubmissionFixtures.ILZE)))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(assessed.applicationNumber())));
    }
}
