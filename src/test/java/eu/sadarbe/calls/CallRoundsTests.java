package eu.sadarbe.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.calls.rounds.ExtensionNotLater;

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
    void refusesAnActionTypeThatWasNotOpenInTheCallYear() {
        assertThatThrownBy(() -> rounds.define(2017, 7, null, Set.of("KA229"), LocalDateTime.of(2017, 3, 29, 12, 0), "t"))
                .isInstanceOf(ActionTypeNotInCall.class);
    }

    @Test
    void keepsOneRoundOfANumberPerActionType() {
        rounds.define(2016, 8, null, Set.of("KA204"), LocalDateTime.of(2016, 3, 31, 12, 0), "t");
        assertThatThrownBy(() -> rounds.define(2016, 8, null, Set.of("KA201", "KA204"), LocalDateTime.of(2016, 3, 31, 12, 0), "t"))
                .isInstanceOf(RoundExistsAlready.class);
    }

    @Test
    void extendsOnlyToALaterDeadline() {
        CallRoundSummary round = rounds.define(2015, 6, null, Set.of("KA205"), LocalDateTime.of(2015, 10, 1, 12, 0), "t");
        assertThatThrownBy(() -> rounds.extend(round.id(), LocalDateTime.of(2015, 9, 30, 12, 0), "earlier", "admin@example.eu"))
                .isInstanceOf(ExtensionNotLater.class);
        assertThat(rounds.extend(round.id(), LocalDateTime.of(2015, 10, 8, 12, 0), "outage", "admin@example.eu").effectiveDeadline())
                .hasToString("2015-10-08T12:00+02:00[Europe/Brussels]");
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

    @Test
    void keepsAndShowsWhoExtendedAWholeRoundAndWhen() throws Exception {
        CallRoundSummary round = rounds.define(2016, 7, "Extended by an administrator", new java.util.HashSet<>(
                java.util.Set.of("KA204")), LocalDateTime.of(2016, 3, 31, 12, 0), "admin@demo.sadarbe.eu");
        mvc.perform(post("/rounds/" + round.id() + "/extension").with(csrf())
                        .with(user("admin@demo.sadarbe.eu").roles("ADMIN"))
                        .param("deadlineDate", "2016-04-07").param("deadlineTime", "12:00")
                        .param("reason", "Outage of the Participant Portal"))
                .andExpect(redirectedUrl("/rounds"));
        assertThat(rounds.histories().get(round.id()).extensions()).singleElement().satisfies(extension -> {
            assertThat(extension.extendedBy()).isEqualTo("admin@demo.sadarbe.eu");
            assertThat(extension.extendedAt()).isNotNull();
            assertThat(extension.reason()).isEqualTo("Outage of the Participant Portal");
        });
        mvc.perform(get("/rounds").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Extended to 7 April 2016 12:00:00 by admin@demo.sadarbe.eu on")))
                .andExpect(content().string(containsString("Defined by admin@demo.sadarbe.eu on")));
    }

    @Test
    void explainsEveryMissingFieldInTheRoundForm() throws Exception {
        mvc.perform(post("/rounds").with(csrf()).with(user("admin@example.eu").roles("ADMIN"))
                        .header("Accept-Language", "lv")
                        .param("callYear", "2031").param("roundNumber", "x").param("deadlineTime", "12:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ievadiet kārtas numuru kā skaitli")))
                .andExpect(content().string(containsString("value=\"2031\"")));
        mvc.perform(post("/rounds").with(csrf()).with(user("admin@example.eu").roles("ADMIN"))
                        .header("Accept-Language", "lv")
                        .param("callYear", "2031").param("roundNumber", "1").param("deadlineTime", "12:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Konkursa gadam jābūt no 2014. līdz 2020. gadam.")))
                .andExpect(content().string(containsString("Izvēlieties vismaz vienu darbības veidu.")))
                .andExpect(content().string(containsString("Ievadiet termiņa datumu.")));
    }

    @Test
    void definesARoundFromTheForm() throws Exception {
        // Issue 13, item 17: a deadline in the past is saved only once the administrator confirms it.
        mvc.perform(post("/rounds").with(csrf()).with(user("admin@example.eu").roles("ADMIN"))
                        .header("Accept-Language", "lv")
                        .param("callYear", "2014").param("roundNumber", "5").param("label", "Test round")
                        .param("actionTypes", "KA202", "KA203")
                        .param("deadlineDate", "2014-04-30").param("deadlineTime", "17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Termiņš jau ir beidzies")))
                .andExpect(content().string(containsString("Termiņš nav plkst. 12.00")))
                .andExpect(content().string(containsString("name=\"confirmedDeadline\" value=\"2014-04-30T17:00\"")));
        mvc.perform(post("/rounds").with(csrf()).with(user("admin@example.eu").roles("ADMIN"))
                        .param("callYear", "2014").param("roundNumber", "5").param("label", "Test round")
                        .param("actionTypes", "KA202", "KA203").param("confirmedDeadline", "2014-04-30T17:00")
                        .param("deadlineDate", "2014-04-30").param("deadlineTime", "12:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The deadline has passed already")));
        assertThat(rounds.all()).noneSatisfy(round -> assertThat(round.label()).isEqualTo("Test round"));
        mvc.perform(post("/rounds").with(csrf()).with(user("admin@example.eu").roles("ADMIN"))
                        .param("callYear", "2014").param("roundNumber", "5").param("label", "Test round")
                        .param("actionTypes", "KA202", "KA203").param("confirmedDeadline", "2014-04-30T12:00")
                        .param("deadlineDate", "2014-04-30").param("deadlineTime", "12:00"))
                .andExpect(redirectedUrl("/rounds"));
        assertThat(rounds.all()).anySatisfy(round -> {
            assertThat(round.label()).isEqualTo("Test round");
            assertThat(round.actionTypes()).containsExactly("KA202", "KA203");
        });
        mvc.perform(post("/rounds").with(csrf()).with(user("admin@example.eu").roles("ADMIN"))
                        .param("callYear", "2014").param("roundNumber", "5").param("actionTypes", "KA203")
                        .param("confirmedDeadline", "2014-04-30T12:00")
                        .param("deadlineDate", "2014-04-30").param("deadlineTime", "12:00"))
                .andExpect(content().string(containsString("exists already")));
    }

    @Test
    void answersAnUnknownRoundWithTheNotFoundPage() throws Exception {
        mvc.perform(get("/rounds/" + UUID.randomUUID() + "/extension").with(user("o@example.eu").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }
}
