package eu.sadarbe.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

@SadarbeTest
class ErrorPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void refusesAPageOutsideTheRoleWithAFriendlyLatvianPage() throws Exception {
        mvc.perform(get("/admin/rule-figures").accept("text/html").header("Accept-Language", "lv")
                        .with(user("anna@example.eu").roles("APPLICANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/error").accept("text/html").header("Accept-Language", "lv")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/rule-figures"))
                .andExpect(content().string(containsString("Jūs nevarat atvērt šo lapu")))
                .andExpect(content().string(containsString("lang=\"lv\"")));
    }

    @Test
    void showsAnUnexpectedFailureWithoutAStackTrace() throws Exception {
        mvc.perform(get("/error").accept("text/html")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
                .andExpect(content().string(containsString("Sorry, there is a problem with the service")))
                .andExpect(content().string(not(containsString("secret detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at eu.sadarbe"))));
    }

    @Test
    void answersJsonClientsWithoutATraceEither() throws Exception {
        mvc.perform(get("/error").accept("application/json")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(content().string(not(containsString("secret detail"))))
                .andExpect(content().string(not(containsString("trace"))));
    }

    @Test
    void reportsHealthForTheLoadBalancer() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    /**
     * Issue 13, item 17: experts and applicants opening an officer's page got the API's raw English JSON 403; a
     * page now goes to the friendly error page (above) in their language, and only the API answers problem+json.
     */
    @Test
    void refusesAnOfficersPageToAnExpertWithTheErrorPageAndTheApiWithProblemJson() throws Exception {
        String page = mvc.perform(get("/agency/applications").accept("text/html").header("Accept-Language", "lv")
                        .with(user("marta@example.eu").roles("EXPERT")))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).doesNotContain("You may not open this", "{");
        mvc.perform(get("/agency/selection").accept("text/html").with(user("anna@example.eu").roles("APPLICANT")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("You may not open this"))));
        mvc.perform(get("/api/v1/agency/LV01/applications").with(user("marta@example.eu").roles("EXPERT")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
