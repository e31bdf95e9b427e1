package eu.sadarbe.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.web.LanguageChoice;

/**
 * Issue 13: a round's name and the reason of its extension are read in the page's language — the administrator
 * gives both — and call years are printed as years ("2020. gada konkurss", never "2 020." or "2,020").
 */
@SadarbeTest
class RoundsInBothLanguagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CallRounds rounds;

    @Test
    void anAdministratorNamesARoundAndItsExtensionInBothLanguages() throws Exception {
        mvc.perform(get("/rounds/new").with(user("admin@demo.sadarbe.eu").roles("ADMIN"))
                        .cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(content().string(allOf(containsString("id=\"labelLv\""),
                        containsString("Nosaukums latviešu valodā"), not(containsString("??")))));
        mvc.perform(post("/rounds").with(csrf()).with(user("admin@demo.sadarbe.eu").roles("ADMIN"))
                        .param("callYear", "2017").param("roundNumber", "9").param("actionTypes", "KA203")
                        .param("label", "Autumn round").param("labelLv", "Rudens kārta")
                        .param("deadlineDate", "2017-10-04").param("deadlineTime", "12:00")
                        .param("confirmedDeadline", "2017-10-04T12:00"))   // a past deadline, confirmed (item 17)
                .andExpect(redirectedUrl("/rounds"));
        CallRoundSummary round = rounds.all().stream()
                .filter(each -> each.callYear() == 2017 && each.roundNumber() == 9).findFirst().orElseThrow();
        assertThat(round.labelLv()).isEqualTo("Rudens kārta");

        mvc.perform(get("/rounds/" + round.id() + "/extension").with(user("admin@demo.sadarbe.eu").roles("ADMIN"))
                        .cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(content().string(allOf(containsString("id=\"reasonLv\""),
                        containsString("2017. gada konkurss, 9. kārta"), not(containsString("??")))));
        mvc.perform(post("/rounds/" + round.id() + "/extension").with(csrf())
                        .with(user("admin@demo.sadarbe.eu").roles("ADMIN"))
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
    void theDemoRoundsAreNamedInLatvianAndTheirExtensionsExplainedInLatvian() throws Exception {
        mvc.perform(get("/rounds").cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(content().string(allOf(containsString("Demonstrācijas kārta (atvērta)"),
                        containsString("2020. gada 1. kārta (jaunatne)"), containsString("COVID-19 dēļ Eiropas Komisija"),
                        not(containsString("Demo round (open)")), not(containsString("COVID-19: the Commission")))));
    }

    @Test
    void printsCallYearsAsYearsInBothLanguages() throws Exception {
        for (String language : new String[] {"en", "lv"}) {
            String rounds = mvc.perform(get("/rounds").cookie(new Cookie(LanguageChoice.COOKIE, language)))
                    .andReturn().getResponse().getContentAsString();
            String reference = mvc.perform(get("/reference?callYear=2019").cookie(new Cookie(LanguageChoice.COOKIE, language)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(rounds).contains(language.equals("lv") ? "2020. gada konkurss, 1. kārta" : "2020 call, round 1")
                    .doesNotContainPattern("2[,\u00a0\u202f ]020");
            assertThat(reference).contains(language.equals("lv") ? "2019. gada konkursa prioritātes" : "Priorities of the 2019 call")
                    .doesNotContainPattern("2[,\u00a0\u202f ]019");
        }
    }
}
