package eu.sadarbe.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/**
 * Call rounds on the whole application: the demo's 2020 round with its COVID-19 extension and its open round (the
 * demo data), and that only administrators define and extend rounds, through the security chain, which is the
 * accounts module's, not one calls starts. The rounds' own rules, the use case's, are {@code CallsModuleTests}; what
 * the rounds pages do is {@code CallRoundsPageControllerTests}, on a web slice.
 */
@SadarbeTest
class CallRoundsTests {

    @Autowired
    CallRounds rounds;

    @Autowired
    MockMvc mvc;

    @Test
    void holdsThe2020RoundWithItsCovidExtensionAndAnOpenDemoRound() throws Exception {
        mvc.perform(get("/api/v1/call-rounds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.label == '2020 round 1')].deadline").value("2020-04-23T12:00:00+02:00"))
                .andExpect(jsonPath("$[?(@.label == '2020 round 1')].originalDeadline").value("2020-03-24T12:00:00+01:00"));
        assertThat(rounds.openNow()).anySatisfy(round -> assertThat(round.actionTypes()).contains("KA201", "KA205"));
    }

    @Test
    void letsOnlyAdministratorsDefineAndExtendRounds() throws Exception {
        mvc.perform(get("/rounds/new").with(user("a@example.eu").roles("APPLICANT"))).andExpect(status().isForbidden());
        mvc.perform(get("/rounds/new").with(user("o@example.eu").roles("NA_OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/rounds/new").with(user("admin@example.eu").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(post("/rounds").with(csrf()).with(user("o@example.eu").roles("NA_OFFICER"))
                        .param("callYear", "2014").param("roundNumber", "6").param("actionTypes", "KA202")
                        .param("deadlineDate", "2014-04-30").param("deadlineTime", "12:00"))
                .andExpect(status().isForbidden());
        CallRoundSummary round = rounds.all().get(0);
        mvc.perform(post("/rounds/" + round.id() + "/extension").with(csrf())
                        .with(user("o@example.eu").roles("NA_OFFICER"))
                        .param("deadlineDate", "2031-01-01").param("deadlineTime", "12:00").param("reason", "no"))
                .andExpect(status().isForbidden());
        assertThat(rounds.find(round.id()).orElseThrow().effectiveDeadline()).isEqualTo(round.effectiveDeadline());
        mvc.perform(get("/rounds")).andExpect(status().isOk());
    }
}
