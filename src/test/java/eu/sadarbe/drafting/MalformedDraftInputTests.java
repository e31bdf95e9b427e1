package eu.sadarbe.drafting;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * Malformed input on a draft's pages that answered 500 (issue #12, section 6) answers 4xx with a message in the page's
 * or Accept-Language's language: an unknown section, and a withdrawal reason too long for its column, on the page and
 * on the API. A module test of drafting with its pages (and the applications module's API) behind the real security
 * chain, on the draft of an applicant of its own ({@link OwnApplicant}). A malformed assessment group is
 * {@code MalformedGroupTests}' (assessment), and a value the database refuses is {@code ErrorAdvicesTests}'.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class MalformedDraftInputTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    OrganisationRegistration registration;
    @Autowired
    DraftDesk drafting;
    @Autowired
    CallRounds rounds;

    OwnApplicant applicant;

    RequestPostProcessor applicant() {
        return user(applicant.signedIn());
    }

    ApplicationSummary ownDraft() {
        applicant = OwnApplicant.register(accounts, registration);
        return applicant.draft(drafting, rounds, "Nepareiza ievade");
    }

    @Test
    void anUnknownSectionIsNotFound() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(get("/applications/{id}/sections/nonsense", draft.id()).with(applicant()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applications/{id}/sections/budget", draft.id()).with(applicant()).with(csrf())
                        .param("baseVersion", "1").param("text", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applications/{id}/sections/nonsense/resolution", draft.id()).with(applicant())
                        .with(csrf()).param("baseVersion", "1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTooLongWithdrawalReasonIsRefusedWithTheReasonKept() throws Exception {
        ApplicationSummary draft = ownDraft();
        String reason = "Iemesls " + "x".repeat(100_000);
        mvc.perform(post("/applications/{id}/withdrawal", draft.id()).with(applicant()).with(csrf())
                        .header("Accept-Language", "lv").param("reason", reason))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Atsaukšanas iemeslā drīkst būt ne vairāk kā 2000 rakstzīmes")))
                .andExpect(content().string(containsString(">" + reason + "</textarea>")));
        mvc.perform(post("/api/v1/applications/{id}/withdrawal", draft.id()).with(applicant()).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"" + reason + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("WITHDRAWAL_REASON_TOO_LONG"))
                .andExpect(jsonPath("$.detail").value(containsString("at most 2000 characters")));
        mvc.perform(post("/applications/{id}/withdrawal", draft.id()).with(applicant()).with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason for withdrawing the application.")));
    }
}
