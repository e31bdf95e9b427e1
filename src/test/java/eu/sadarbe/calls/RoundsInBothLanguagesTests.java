package eu.sadarbe.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.web.LanguageChoice;

/**
 * Issue 13 on the whole application: the demo's rounds are named and their extensions explained in Latvian, and call
 * years are printed as years ("2020. gada konkurss", never "2 020." or "2,020") on the demo's 2020 round 1, which no
 * other test may define. That an administrator names a round and its extension in both languages is
 * {@code CallRoundsPageControllerTests}', on a web slice.
 */
@SadarbeTest
class RoundsInBothLanguagesTests {

    @Autowired
    MockMvc mvc;

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
