package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Issue 13, item 10: an officer decided and sent a letter for an application of a round still open, and the applicant
 * then resubmitted. Formal check, ranking and decisions start only once the application's deadline has passed — the
 * round's (with a whole-round extension, R-SUB-03) or its individual extension (R-SUB-02) — on the server's clock.
 */
@SubmissionTest
@DisplayName("R-SUB-01")
class BackOfficeAfterTheDeadlineTests {

    /** The LV01 KA202 ranking of the open demo round. */
    static final RankingKey KEY = new RankingKey("LV01", 2020, 3, "KA202");

    static final String DECISIONS = "{\"callYear\": 2020, \"roundNumber\": 3, \"actionType\": \"KA202\"}";

    @Autowired MockMvc mvc;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;
    @Autowired SelectionDesk selection;

    SelectionTestData fixtures;

    @AfterEach
    void clockBackAndRankingEmpty() {
        clock.reset();
        fixtures.emptyRanking();
    }

    @Test
    void refusesTheFormalCheckAndTheDecisionsUntilTheDeadlineAndItsIndividualExtensionHavePassed() throws Exception {
        fixtures = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher, jdbc, clock);
        fixtures.emptyRanking();
        SubmissionSummary open = fixtures.submitted("Still open", "en");
        SubmissionSummary unchecked = fixtures.submitted("Not checked yet", "en");
        fixtures.assessed(open, 28, 18, 18, 26, "60000", null, List.of("Strong"));
        SignedInUser ilze = fixtures.person(SubmissionFixtures.ILZE);
        SignedInUser ilzeInLatvian = fixtures.person(SubmissionFixtures.ILZE, "lv");
        var roundDeadline = fixtures.openRound().effectiveDeadline();

        // The pages offer nothing yet and say why, in English and Latvian.
        mvc.perform(get("/agency/applications/{id}", open.applicationId()).with(user(ilze)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R-SUB-01: the deadline has not passed yet")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"formal-check\""))));
        mvc.perform(get("/agency/applications/{id}", open.applicationId()).header("Accept-Language", "lv")
                        .with(user(ilzeInLatvian)))
                .andExpect(content().string(containsString("R-SUB-01: iesniegšanas termiņš vēl nav beidzies")));
        String ranking = mvc.perform(get("/agency/selection?year=2020&round=3&actionType=KA202").with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ranking).contains("id=\"still-open\"").doesNotContain("id=\"decisions-form\"",
                "id=\"letters-form\"");

        // Asked anyway: refused on the page and with 409 problem+json on the API; nothing is recorded.
        mvc.perform(post("/agency/applications/{id}/formal-check", open.applicationId()).with(csrf())
                        .with(user(ilze)).param("outcome", "ELIGIBLE"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("R-SUB-01")));
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", open.applicationId())
                        .contentType("application/json").content("{\"eligible\": true}").with(user(ilze)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.rule").value("R-SUB-01"))
                .andExpect(jsonPath("$.detail", containsString("R-SUB-01")));
        mvc.perform(post("/api/v1/agency/LV01/decisions").contentType("application/json").content(DECISIONS)
                        .header("Accept-Language", "lv").with(user(ilze)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("R-SUB-01: iesniegšanas termiņš")));
        mvc.perform(post("/agency/selection/decisions").param("year", "2020").param("round", "3")
                        .param("actionType", "KA202").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(selection.decisions(KEY, ilze)).isEmpty();

        // R-SUB-02: an individual extension keeps the application open after the round's deadline.
        desk.grantExtension(open.applicationId(), roundDeadline.plusDays(2).toLocalDateTime(), "Flooded office",
                ilze);
        clock.set(roundDeadline.plusHours(1).toInstant());
        mvc.perform(post("/api/v1/agency/LV01/decisions").contentType("application/json").content(DECISIONS)
                        .with(user(ilze)))
                .andExpect(status().isConflict());

        // Once it has passed, the officer checks and decides; the application without an extension can be checked.
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", unchecked.applicationId())
                        .contentType("application/json").content("{\"eligible\": true}").with(user(ilze)))
                .andExpect(status().isOk());
        clock.set(roundDeadline.plusDays(2).plusSeconds(1).toInstant());
        mvc.perform(post("/api/v1/agency/LV01/decisions").contentType("application/json").content(DECISIONS)
                        .with(user(ilze)))
                .andExpect(status().isOk());
        assertThat(selection.decisions(KEY, ilze)).containsKey(open.applicationId());
    }
}
