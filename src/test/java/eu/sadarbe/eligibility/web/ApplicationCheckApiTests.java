package eu.sadarbe.eligibility.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import eu.sadarbe.SadarbeTest;

/**
 * The public check API on the whole application: it keeps no session, through the security chain and over real HTTP,
 * and the OpenAPI document describes it. What it answers is {@link ApplicationCheckApiControllerTests}, on a web
 * slice.
 */
@SadarbeTest
class ApplicationCheckApiTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    static String greenSkills() throws Exception {
        return ApplicationCheckApiControllerTests.greenSkills();
    }

    ResultActions check(String document, String language) throws Exception {
        return mvc.perform(post("/api/v1/application-checks").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language).content(document));
    }

    @Test
    void createsNoSession() throws Exception {
        check(greenSkills(), "en")
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_CONTEXT"));
        // Nor does a document it refuses as malformed (moved here from the slice, which has no security chain)
        check("{\"callYear\": \"x\"}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Set-Cookie"));
        // Over real HTTP too, where Spring Session would announce a new session with a SESSION cookie.
        for (String document : List.of(greenSkills(), "{\"callYear\": \"x\"}")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/application-checks"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(document)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isIn(200, 400);
            assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
        }
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/application-checks'].post.responses['422']").exists());
    }
}
