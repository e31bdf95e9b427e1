package eu.sadarbe.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.rounds.CallRoundRepository;
import eu.sadarbe.web.LanguageChoice;

/**
 * The rounds pages: an administrator's round form with every missing field explained and a past or other-than-noon
 * deadline confirmed first, a round and its extension named in both languages and read in the page's language (and
 * from the rounds API), a whole-round extension with who made it and when, the not-found page for an unknown round.
 * A slice test: the rounds' controllers with the real call rounds (and their Spring Data JDBC repository) and
 * reference data, on rounds of call years the demo leaves alone. That only administrators define and extend rounds,
 * and the demo's rounds, are {@code CallRoundsTests}' and {@code RoundsInBothLanguagesTests}', on the whole
 * application.
 */
@WebSliceTest({CallRoundsPageController.class, CallRoundsApiController.class})
@Import({CallRounds.class, ReferenceData.class, CallRoundsPageControllerTests.RoundRepository.class})
@ImportAutoConfiguration(DataJdbcRepositoriesAutoConfiguration.class)
class CallRoundsPageControllerTests {

    @Autowired
    CallRounds rounds;

    @Autowired
    MockMvc mvc;

    /** The call rounds' repository, and no other module's. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableJdbcRepositories(basePackageClasses = CallRoundRepository.class)
    static class RoundRepository {
    }

    /**
     * An administrator as the request's principal: without the filter chain, that is what the controller records as
     * who did it ({@code Authentication}).
     */
    static RequestPostProcessor administrator(String email) {
        Authentication administrator = UsernamePasswordAuthenticationToken.authenticated(email, null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        return request -> {
            request.setUserPrincipal(administrator);
            return request;
        };
    }

    @Test
    void keepsAndShowsWhoExtendedAWholeRoundAndWhen() throws Exception {
        CallRoundSummary round = rounds.define(2016, 7, "Extended by an administrator", new java.util.HashSet<>(
                java.util.Set.of("KA204")), LocalDateTime.of(2016, 3, 31, 12, 0), "admin@demo.sadarbe.eu");
        mvc.perform(post("/rounds/" + round.id() + "/extension").with(csrf())
                        .with(administrator("admin@demo.sadarbe.eu"))
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
        mvc.perform(post("/rounds").with(csrf()).with(administrator("admin@example.eu"))
                        .header("Accept-Language", "lv")
                        .param("callYear", "2031").param("roundNumber", "x").param("deadlineTime", "12:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ievadiet kārtas numuru kā skaitli")))
                .andExpect(content().string(containsString("value=\"2031\"")));
        mvc.perform(post("/rounds").with(csrf()).with(administrator("admin@example.eu"))
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
        mvc.perform(post("/rounds").with(csrf()).with(administrator("admin@example.eu"))
                        .header("Accept-Language", "lv")
                        .param("callYear", "2014").param("roundNumber", "5").param("label", "Test round")
                        .param("actionTypes", "KA202", "KA203")
                        .param("deadlineDate", "2014-04-30").param("deadlineTime", "17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Termiņš jau ir beidzies")))
                .andExpect(content().string(containsString("Termiņš nav plkst. 12.00")))
                .andExpect(content().string(containsString("name=\"confirmedDeadline\" value=\"2014-04-30T17:00\"")));
        mvc.perform(post("/rounds").with(csrf()).with(administrator("admin@example.eu"))
                        .param("callYear", "2014").param("roundNumber", "5").param("label", "Test round")
                        .param("actionTypes", "KA202", "KA203").param("confirmedDeadline", "2014-04-30T17:00")
                        .param("deadlineDate", "2014-04-30").param("deadlineTime", "12:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The deadline has passed already")));
        assertThat(rounds.all()).noneSatisfy(round -> assertThat(round.label()).isEqualTo("Test round"));
        mvc.perform(post("/rounds").with(csrf()).with(administrator("admin@example.eu"))
                        .param("callYear", "2014").param("roundNumber", "5").param("label", "Test round")
                        .param("actionTypes", "KA202", "KA203").param("confirmedDeadline", "2014-04-30T12:00")
                        .param("deadlineDate", "2014-04-30").param("deadlineTime", "12:00"))
                .andExpect(redirectedUrl("/rounds"));
        assertThat(rounds.all()).anySatisfy(round -> {
            assertThat(round.label()).isEqualTo("Test round");
            assertThat(round.actionTypes()).containsExactly("KA202", "KA203");
        });
        mvc.perform(post("/rounds").with(csrf()).with(administrator("admin@example.eu"))
                        .param("callYear", "2014").param("roundNumber", "5").param("actionTypes", "KA203")
                        .param("confirmedDeadline", "2014-04-30T12:00")
                        .param("deadlineDate", "2014-04-30").param("deadlineTime", "12:00"))
                .andExpect(content().string(containsString("exists already")));
    }

    @Test
    void anAdministratorNamesARoundAndItsExtensionInBothLanguages() throws Exception {
        mvc.perform(get("/rounds/new").with(administrator("admin@demo.sadarbe.eu"))
                        .cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(content().string(allOf(containsString("id=\"labelLv\""),
                        containsString("Nosaukums latviešu valodā"), not(containsString("??")))));
        mvc.perform(post("/rounds").with(csrf()).with(administrator("admin@demo.sadarbe.eu"))
                        .param("callYear", "2017").param("roundNumber", "9").param("actionTypes", "KA203")
                        .param("label", "Autumn round").param("labelLv", "Rudens kārta")
                        .param("deadlineDate", "2017-10-04").param("deadlineTime", "12:00")
                        .param("confirmedDeadline", "2017-10-04T12:00"))   // a past deadline, confirmed (item 17)
                .andExpect(redirectedUrl("/rounds"));
        CallRoundSummary round = rounds.all().stream()
                .filter(each -> each.callYear() == 2017 && each.roundNumber() == 9).findFirst().orElseThrow();
        assertThat(round.labelLv()).isEqualTo("Rudens kārta");

        mvc.perform(get("/rounds/" + round.id() + "/extension").with(administrator("admin@demo.sadarbe.eu"))
                        .cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(content().string(allOf(containsString("id=\"reasonLv\""),
                        containsString("2017. gada konkurss, 9. kārta"), not(containsString("??")))));
        mvc.perform(post("/rounds/" + round.id() + "/extension").with(csrf())
                        .with(administrator("admin@demo.sadarbe.eu"))
                        .param("deadlineDate", "2017-10-11").param("deadlineTime", "12:00")
                        .param("reason", "The portal was down").param("reasonLv", "Portāls nedarbojās"))
                .andExpect(redirectedUrl("/rounds"));
        assertThat(rounds.histories().get(round.id()).extensions()).singleElement()
                .satisfies(extension -> assertThat(extension.reasonIn(java.util.Locale.forLanguageTag("lv")))
                        .isEqualTo("Portāls nedarbojās"));

        mvc.perform(get("/rounds").cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(content().string(allOf(containsString("Rudens kārta"), containsString("Portāls nedarbojās"),
                        not(containsString("Autumn round")), not(containsString("The portal was down")))));
        mvc.perform(get("/rounds").cookie(new Cookie(LanguageChoice.COOKIE, "en")))
                .andExpect(content().string(allOf(containsString("Autumn round"), containsString("The portal was down"),
                        not(containsString("Rudens kārta")))));
        mvc.perform(get("/api/v1/call-rounds"))
                .andExpect(jsonPath("$[?(@.label == 'Autumn round')].labelLv").value("Rudens kārta"))
                .andExpect(jsonPath("$[?(@.label == 'Autumn round')].extensionReasonLv").value("Portāls nedarbojās"));
    }

    @Test
    void answersAnUnknownRoundWithTheNotFoundPage() throws Exception {
        mvc.perform(get("/rounds/" + UUID.randomUUID() + "/extension").with(administrator("o@example.eu")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }
}
