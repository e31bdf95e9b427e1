package eu.sadarbe.assessment.inbox;

import static eu.sadarbe.assessment.inbox.BackOfficeUsers.ANNA;
import static eu.sadarbe.assessment.inbox.BackOfficeUsers.ILZE;
import static eu.sadarbe.assessment.inbox.BackOfficeUsers.JANIS;
import static eu.sadarbe.assessment.inbox.BackOfficeUsers.MARTA;
import static eu.sadarbe.assessment.inbox.BackOfficeUsers.demoApplication;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;

/**
 * Only an agency's own officers open its back office, on pages and over REST: never another agency's officer, an
 * applicant or an expert; anonymous callers sign in first (pages) or get 401 (REST).
 */
@SadarbeTest
class BackOfficeAccessTests {

    private static final String PASSWORD = "sadarbe-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegister accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerSeesTheApplicationsOfTheirOwnAgencyOnly() throws Exception {
        mvc.perform(get("/agency/applications").with(user(person(ILZE))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2020-2-LV01-KA201-000001")))
                .andExpect(content().string(containsString("Rīgas Valsts 1. ģimnāzija")))
                .andExpect(content().string(not(containsString("-LV02-"))));
        mvc.perform(get("/agency/applications").with(user(person(JANIS))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2020-2-LV02-KA205-000001")))
                .andExpect(content().string(not(containsString("-LV01-"))));
    }

    @Test
    void anotherAgencysOfficerFindsNoSuchApplicationOnThePageAndIsForbiddenOverRest() throws Exception {
        ApplicationId lv01 = demoApplication(jdbc, 1);
        mvc.perform(get("/agency/applications/{id}", lv01).with(user(person(JANIS))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agency/applications/{id}/formal-check", lv01).with(csrf()).with(user(person(JANIS)))
                        .param("outcome", "ELIGIBLE"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agency/LV01/applications").with(httpBasic(JANIS, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/agency/LV01/applications/{id}", lv01).with(httpBasic(JANIS, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/LV02/applications/{id}", lv01).with(httpBasic(JANIS, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", lv01).with(httpBasic(JANIS, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"eligible\": true}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void applicantsAndExpertsAreRefused() throws Exception {
        ApplicationId lv01 = demoApplication(jdbc, 2);
        for (String email : new String[] {ANNA, MARTA}) {
            mvc.perform(get("/agency/applications").with(user(person(email)))).andExpect(status().isForbidden());
            mvc.perform(get("/agency/applications/{id}", lv01).with(user(person(email))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/agency/LV01/applications").with(httpBasic(email, PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", lv01)
                            .with(httpBasic(email, PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"eligible\": true}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anonymousCallersSignInFirstOrGet401() throws Exception {
        mvc.perform(get("/agency/applications").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/agency/LV01/applications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/agency/LV01/applications").with(httpBasic(ILZE, "wrong password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOfficerFiltersAndSortsOverRest() throws Exception {
        mvc.perform(get("/api/v1/agency/LV01/applications").with(httpBasic(ILZE, PASSWORD))
                        .param("round", "2020-2").param("actionType", "KA204"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(12))
                .andExpect(jsonPath("$.applications[*].actionType", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("KA204"))));
        String body = mvc.perform(get("/api/v1/agency/LV01/applications").with(httpBasic(ILZE, PASSWORD))
                        .param("round", "2020-2").param("sort", "grant").param("direction", "desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(40))
                .andReturn().getResponse().getContentAsString();
        var grants = com.jayway.jsonpath.JsonPath.<java.util.List<Number>>read(body, "$.applications[*].requestedGrant")
                .stream().map(grant -> new java.math.BigDecimal(grant.toString())).toList();
        org.assertj.core.api.Assertions.assertThat(grants).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        mvc.perform(get("/agency/applications").with(user(person(ILZE))).param("actionType", "KA202")
                        .param("sort", "submitted"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2020-2-LV01-KA202-000015")))
                .andExpect(content().string(not(containsString("2020-2-LV01-KA201-"))));
    }

    @Test
    void theInboxSaysWhichFiltersItDidNotUnderstandAndLeavesThemOut() throws Exception {
        mvc.perform(get("/agency/applications").with(user(person(ILZE))).param("round", "twenty")
                        .param("actionType", "KA204").param("sort", "zzz").param("page", "-4")
                        .param("stage", "nonsense").param("search", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ignored-filters\"")))
                .andExpect(content().string(containsString("Round: the value was not understood and is ignored")))
                .andExpect(content().string(containsString("href=\"#round\"")))
                .andExpect(content().string(containsString("href=\"#filters\"")))
                .andExpect(content().string(containsString("Sort by: the value was not understood")))
                .andExpect(content().string(containsString("Page: the value was not understood")))
                .andExpect(content().string(containsString("Stage: the value was not understood")))
                .andExpect(content().string(not(containsString("Action type: the value was not understood"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(get("/agency/applications").with(user(person(ILZE))).param("round", "twenty")
                        .param("actionType", "KA204").header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kārta: vērtība netika saprasta")))
                .andExpect(content().string(containsString("2020-2-LV01-KA204-")));
        mvc.perform(get("/agency/applications").with(user(person(ILZE))).param("round", "2020-2")
                        .param("sort", "grant").param("direction", "desc"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"ignored-filters\""))));
    }

    private SignedInUser person(String email) {
        return BackOfficeUsers.person(accounts, email, "en");
    }
}
