package eu.sadarbe.drafting;

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.applications.OwnPartner;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * A coordinator finds a registered partner by part of its name (and country) and adds it, with or without htmx: the
 * drafting module with its pages and the security chain, an applicant and partners of the test's own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class PartnerPickerTests {

    @Autowired MockMvc mvc;
    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;

    String word;
    OwnApplicant coordinator;
    OwnPartner tallinn;
    OwnPartner cologne;
    OwnPartner valmiera;

    @BeforeEach
    void registerTheApplicantAndThePartners() {
        word = OwnPartner.uniqueWord();
        coordinator = OwnApplicant.register(accounts, registration);
        tallinn = OwnPartner.register(registration, "Tööstushariduskeskus " + word, "EE", "Tallinn");
        cologne = OwnPartner.register(registration, "Berufskolleg " + word, "DE", "Köln");
        valmiera = OwnPartner.register(registration, "Valmieras Valsts ģimnāzija " + word, "LV", "Valmiera");
    }

    static RequestPostProcessor as(OwnApplicant applicant) {
        return user(applicant.signedIn());
    }

    ApplicationSummary draft() {
        return coordinator.draft(drafting, rounds, "Partneru meklēšana");
    }

    @Test
    void theOrganisationsSectionOffersASearchByName() throws Exception {
        ApplicationSummary draft = draft();
        mvc.perform(get("/applications/{id}/sections/organisations", draft.id()).with(as(coordinator))
                        .param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"partner-search\""),
                        containsString("Meklēt partneri pēc nosaukuma"), containsString("for=\"partner-name\""))));
    }

    @Test
    void findsOrganisationsByPartOfTheNameWithoutAccentsAndShowsCityCountryAndOid() throws Exception {
        ApplicationSummary draft = draft();
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(coordinator))
                        .param("name", "tooStus " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(tallinn.legalName()),
                        containsString("Tallinn"), containsString(tallinn.oid()), containsString("name=\"addOid\""),
                        not(containsString(cologne.legalName())))));
    }

    @Test
    void narrowsByCountryAndSaysWhenNothingMatches() throws Exception {
        ApplicationSummary draft = draft();
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(coordinator))
                        .param("name", "Valsts " + word).param("country", "LV"))
                .andExpect(content().string(allOf(containsString(valmiera.legalName()),
                        not(containsString(tallinn.legalName())))));
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(coordinator))
                        .param("name", "Valsts " + word).param("country", "EE"))
                .andExpect(content().string(containsString("id=\"partner-none\"")));
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        ApplicationSummary draft = draft();
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(coordinator))
                        .header("HX-Request", "true").param("name", "Berufskolleg " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(cologne.legalName()),
                        not(containsString("<html")))));
    }

    @Test
    void choosingAResultAddsItAsAPartner() throws Exception {
        ApplicationSummary draft = draft();
        mvc.perform(post("/applications/{id}/sections/organisations", draft.id()).with(as(coordinator)).with(csrf())
                        .param("baseVersion", "1").param("addOid", valmiera.oid()))
                .andExpect(redirectedUrlPattern("/applications/*/sections/organisations?saved"));
        mvc.perform(get("/applications/{id}/sections/organisations", draft.id()).with(as(coordinator)))
                .andExpect(content().string(containsString(valmiera.legalName() + " (" + valmiera.oid() + ")")));
    }

    @Test
    void someoneWhoMayNotSeeTheApplicationCannotSearchOnIt() throws Exception {
        ApplicationSummary draft = draft();
        OwnApplicant someoneElse = OwnApplicant.register(accounts, registration);
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).with(as(someoneElse))
                        .param("name", "Berufskolleg"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/applications/{id}/partner-search", draft.id()).param("name", "Berufskolleg"))
                .andExpect(status().isUnauthorized());
    }
}
