package eu.sadarbe.accounts.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/**
 * Spring Security's refusals of the API (401 without credentials, 403 for a role that does not reach the path) are
 * problem details like every other refusal: titled by the status and worded in the caller's language (issue 14).
 */
@SadarbeTest
class ApiRefusalLanguageTests {

    static final String AGENCY_API = "/api/v1/agency/LV01/applications";

    @Autowired
    MockMvc mvc;

    @Test
    void answersAnUnauthenticatedCallInEnglishByDefault() throws Exception {
        mvc.perform(get(AGENCY_API))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Sign-in required"))
                .andExpect(jsonPath("$.detail").value("Sign in with your e-mail address and password."));
    }

    @Test
    void answersAnUnauthenticatedCallInLatvianWhenAskedTo() throws Exception {
        mvc.perform(get(AGENCY_API).header("Accept-Language", "lv"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Jāpierakstās"))
                .andExpect(jsonPath("$.detail").value("Pierakstieties ar savu e-pasta adresi un paroli."));
    }

    @Test
    void answersARoleThatDoesNotReachThePathInEitherLanguage() throws Exception {
        mvc.perform(get(AGENCY_API).with(user(applicant("en"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Not allowed"))
                .andExpect(jsonPath("$.detail").value("You may not open this."));
        mvc.perform(get(AGENCY_API).with(user(applicant("lv"))).header("Accept-Language", "lv"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nav atļauts"))
                .andExpect(jsonPath("$.detail").value("Jums nav atļauts to atvērt."));
    }

    @Test
    void titlesAnotherAgencysOfficerLikeSpringSecuritysRefusal() throws Exception {
        mvc.perform(get("/api/v1/agency/EE01/applications").with(user(officerOfLV01())).header("Accept-Language", "lv"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Nav atļauts"))
                .andExpect(jsonPath("$.type").value("https://sadarbe.eu/problems/not-an-officer-of-agency"))
                .andExpect(jsonPath("$.detail").value("To drīkst darīt tikai šīs valsts aģentūras darbinieks."));
    }

    private static SignedInUser applicant(String language) {
        return new SignedInUser(new AccountId(UUID.randomUUID()), "applicant@example.org", "Someone",
                Set.of(Role.APPLICANT), null, language, true, null);
    }

    private static SignedInUser officerOfLV01() {
        return new SignedInUser(new AccountId(UUID.randomUUID()), "officer@example.org", "Someone",
                Set.of(Role.NA_OFFICER), "LV01", "lv", true, null);
    }
}
