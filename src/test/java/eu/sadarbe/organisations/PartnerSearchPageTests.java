package eu.sadarbe.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.web.LanguageChoice;

/**
 * The public partner search's country list follows the page's language, Programme Countries first (issue 13). A
 * module test of organisations with its pages behind the real security chain (the search is open to anyone), on the
 * reference data the migrations hold.
 */
@ModuleTest
@AutoConfigureMockMvc
class PartnerSearchPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void countryListsFollowThePagesLanguageWithProgrammeCountriesFirst() throws Exception {
        String latvian = mvc.perform(get("/partners").cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(latvian).contains("<optgroup label=\"Programmas valstis\">", "<optgroup label=\"Partnervalstis\">");
        assertThat(latvian.indexOf("Programmas valstis")).isLessThan(latvian.indexOf("Partnervalstis"));
        String programme = latvian.substring(latvian.indexOf("Programmas valstis"), latvian.indexOf("Partnervalstis"));
        // Latvian order: Čehija after Bulgārija and before Dānija; English order would put Czechia after Cyprus
        assertThat(programme.indexOf(">Bulgārija<")).isLessThan(programme.indexOf(">Čehija<"));
        assertThat(programme.indexOf(">Čehija<")).isLessThan(programme.indexOf(">Dānija<"));
        assertThat(programme).contains(">Latvija<").doesNotContain(">Ķīna<");
        String english = mvc.perform(get("/partners").cookie(new Cookie(LanguageChoice.COOKIE, "en")))
                .andReturn().getResponse().getContentAsString();
        String englishProgramme = english.substring(english.indexOf("Programme Countries"),
                english.indexOf("Partner Countries"));
        assertThat(englishProgramme.indexOf(">Cyprus<")).isLessThan(englishProgramme.indexOf(">Czechia<"));
    }
}
