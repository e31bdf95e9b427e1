package eu.sadarbe.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDocuments;

/**
 * Malformed input that answered 500 (issue #12, section 6) answers 4xx with a message in the page's or
 * Accept-Language's language: an unknown section, a malformed group, a reason too long for its column, and any
 * value the database refuses as data.
 */
@SadarbeTest
class MalformedInputTests {

    static final String ILZE = "ilze.ozola@demo.sadarbe.eu";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    DraftDesk drafting;
    @Autowired
    PageProblems pageErrors;
    @Autowired
    ApiProblems apiProblems;

    RequestPostProcessor as(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return user(new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), account.language(), true, null));
    }

    ApplicationSummary annasDraft() {
        return drafting.start(accounts.byEmail(DraftDocuments.ANNA).orElseThrow().id(),
                DraftDocuments.annasDocument("Nepareiza ievade"), null);
    }

    @Test
    void anUnknownSectionIsNotFound() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(get("/applications/{id}/sections/nonsense", draft.id()).with(as(DraftDocuments.ANNA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applications/{id}/sections/budget", draft.id()).with(as(DraftDocuments.ANNA)).with(csrf())
                        .param("baseVersion", "1").param("text", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applications/{id}/sections/nonsense/resolution", draft.id()).with(as(DraftDocuments.ANNA))
                        .with(csrf()).param("baseVersion", "1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMalformedGroupIsABadRequest() throws Exception {
        for (String group : new String[] {"-1", "2020/1", "../../etc/passwd", "99999999999999999999/1/KA202"}) {
            mvc.perform(post("/agency/assessments/suggestions").with(as(ILZE)).with(csrf()).param("group", group)
                            .header("Accept-Language", "lv"))
                    .andExpect(status().isBadRequest());
        }
    }

    @Test
    void aTooLongWithdrawalReasonIsRefusedWithTheReasonKept() throws Exception {
        ApplicationSummary draft = annasDraft();
        String reason = "Iemesls " + "x".repeat(100_000);
        mvc.perform(post("/applications/{id}/withdrawal", draft.id()).with(as(DraftDocuments.ANNA)).with(csrf())
                        .header("Accept-Language", "lv").param("reason", reason))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Atsaukšanas iemeslā drīkst būt ne vairāk kā 2000 rakstzīmes")))
                .andExpect(content().string(containsString(">" + reason + "</textarea>")));
        mvc.perform(post("/api/v1/applications/{id}/withdrawal", draft.id()).with(as(DraftDocuments.ANNA)).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"" + reason + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("WITHDRAWAL_REASON_TOO_LONG"))
                .andExpect(jsonPath("$.detail").value(containsString("at most 2000 characters")));
        mvc.perform(post("/applications/{id}/withdrawal", draft.id()).with(as(DraftDocuments.ANNA)).with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason for withdrawing the application.")));
    }

    /** The net beneath the forms: whatever value the database refuses as data is 400 with a message, never 500. */
    @Test
    void aValueTheDatabaseRefusesIsABadRequestInThePagesLanguage() throws Exception {
        var tooLong = new org.springframework.dao.DataIntegrityViolationException("insert",
                new java.sql.SQLException("value too long for type character varying(1000)", "22001"));
        var page = pageErrors.valueOutOfRange(tooLong, new org.springframework.mock.web.MockHttpServletRequest("POST",
                "/rounds"), java.util.Locale.forLanguageTag("lv"), null);
        org.assertj.core.api.Assertions.assertThat(page.getStatus().value()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(page.getModel().get("detail").toString())
                .startsWith("Kāda ievadītā vērtība ir pārāk gara");
        var problem = apiProblems.valueOutOfRange(tooLong, java.util.Locale.ENGLISH);
        org.assertj.core.api.Assertions.assertThat(problem.getStatus()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(problem.getDetail()).contains("too long");
        var other = new org.springframework.dao.DataIntegrityViolationException("duplicate",
                new java.sql.SQLException("duplicate key", "23505"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> apiProblems.valueOutOfRange(other, java.util.Locale.ENGLISH))
                .isSameAs(other);
    }
}
