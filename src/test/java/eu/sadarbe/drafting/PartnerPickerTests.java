package eu.sadarbe.drafting;

import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.PETERIS;
import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;

/** A coordinator finds a registered partner by part of its name (and country) and adds it, with or without htmx. */
@SadarbeTest
class PartnerPickerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    DraftDesk drafting;

    RequestPostProcessor as(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return user(new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), account.language(), true, null));
    }

    ApplicationSummary annasDraft() {
        return drafting.start(accounts.byEmail(ANNA).orElseThrow().id(), annasDocument("Partneru meklēšana"), null);
    }

    @Test
    void theOrganisationsSectionOffersASearchByName() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(get("/applications/{id}/sections/organisations", draft.id()).with(as(ANNA)).param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"partner-search\""),
                        containsString("Meklēt partneri pēc nosaukuma"), containsString("for=\"partner-name\""))));
    }

    @Test
    void findsOrganisationsByPartOfTheNameWithoutAccentsAndShowsCityCountryAndOid() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(ANNA)).param("name", "tooStus"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tallinna Tööstushariduskeskus"),
                        containsString("Tallinn"), containsString("E10000003"), containsString("name=\"addOid\""),
                        not(containsString("Berufskolleg Nord")))));
    }

    @Test
    void narrowsByCountryAndSaysWhenNothingMatches() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(ANNA))
                        .param("name", "Valsts").param("country", "LV"))
                .andExpect(content().string(allOf(containsString("Jelgavas Valsts ģimnāzija"),
                        not(containsString("Tallinna")))));
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(ANNA))
                        .param("name", "Valsts").param("country", "EE"))
                .andExpect(content().string(containsString("id=\"partner-none\"")));
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(ANNA)).header("HX-Request", "true")
                        .param("name", "Berufskolleg"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Berufskolleg Nord"), not(containsString("<html")))));
    }

    @Test
    void choosingAResultAddsItAsAPartner() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(post("/applications/{id}/sections/organisations", draft.id()).with(as(ANNA)).with(csrf())
                        .param("baseVersion", "1").param("addOid", "E10000002"))
                .andExpect(redirectedUrlPattern("/applications/*/sections/organisations?saved"));
        mvc.perform(get("/applications/{id}/sections/organisations", draft.id()).with(as(ANNA)))
                .andExpect(content().string(containsString("Jelgavas Valsts ģimnāzija (E10000002)")));
    }

    @Test
    void someoneWhoMayNotSeeTheApplicationCannotSearchOnIt() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(PETERIS)).param("name", "Nord"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).param("name", "Nord"))
                .andExpect(status().isUnauthorized());
    }
}
