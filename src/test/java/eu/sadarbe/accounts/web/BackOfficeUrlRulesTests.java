package eu.sadarbe.accounts.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/**
 * The URL rules behind the services' own checks (RefusalTests): the back office only for agency officers, score
 * sheets only for experts, rule figures only for administrators — refused with 403 by role. The agency's pages and
 * the rule figures also refuse by their services' and methods' own checks (both layers must go for those tests to
 * fail); a score sheet was refused only by its assignment (404) before the URL rule.
 */
@SadarbeTest
class BackOfficeUrlRulesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void keepsApplicantsExpertsAndAdministratorsOutOfTheAgencysBackOffice() throws Exception {
        for (Role role : Set.of(Role.APPLICANT, Role.EXPERT, Role.ADMIN)) {
            mvc.perform(get("/agency/applications").with(user(someone(role)))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/agency/LV01/applications").with(user(someone(role))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void keepsEveryoneButExpertsAwayFromScoreSheets() throws Exception {
        for (Role role : Set.of(Role.APPLICANT, Role.NA_OFFICER, Role.ADMIN)) {
            mvc.perform(get("/assessments").with(user(someone(role)))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/assessments/{id}", UUID.randomUUID()).with(user(someone(role))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void keepsTheRuleFiguresForAdministrators() throws Exception {
        for (Role role : Set.of(Role.APPLICANT, Role.NA_OFFICER, Role.EXPERT)) {
            mvc.perform(get("/admin/rule-figures").with(user(someone(role)))).andExpect(status().isForbidden());
        }
    }

    private static SignedInUser someone(Role role) {
        return new SignedInUser(new AccountId(UUID.randomUUID()), role.name().toLowerCase() + "@example.org",
                "Someone", Set.of(role), role == Role.NA_OFFICER ? "LV01" : null, "en", true, null);
    }
}
