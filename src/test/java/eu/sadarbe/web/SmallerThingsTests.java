package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/**
 * Smaller things people noticed (issue 13): an unknown public address answers a friendly "page not found" in the
 * visitor's language instead of the sign-in page. On the whole application, because what answers is the security
 * chain and the servlet container's error page, on a real port. The distance calculator naming places in Latvian
 * without a case the name cannot take is {@code DistancePageControllerTests}' (a slice), and the country lists in the
 * page's language, Programme Countries first, are {@code PartnerSearchPageTests}' (a module test of organisations).
 */
@SadarbeTest
class SmallerThingsTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsNotFoundForAnonymousVisitorsInTheirLanguage() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        // the error page itself, as the servlet container renders it
        HttpClient client = HttpClient.newHttpClient();
        for (String[] language : new String[][] {{"lv", "Lapa nav atrasta"}, {"en", "Page not found"}}) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/no-such-page"))
                    .header("Cookie", LanguageChoice.COOKIE + "=" + language[0]).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains(language[1], "lang=\"" + language[0] + "\"")
                    .doesNotContain("??", "Exception", "id=\"password\"");
        }
        // addresses that exist keep asking for sign-in, also with another method or inside a signed-in area
        mvc.perform(get("/applications").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/applications/new").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/agency/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/actuator/env")).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isIn(302, 401, 403, 404));
    }
}
