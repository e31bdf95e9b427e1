package eu.sadarbe.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.SadarbeTest;

/**
 * Issue 21: requests arriving at once on a session just signed in each found no CSRF token in it, each made one and
 * inserted it, and all but one failed on {@code spring_session_attributes_pk}. The race is made certain by its
 * condition: the token must be in the session when the sign-in answers, before any other request can come, so that
 * the 16 requests started together afterwards only read it — all answered, all with that token, still one row.
 */
@SadarbeTest
class CsrfTokenAtSignInRaceTests {

    private static final String ATTRIBUTE = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository"
            + ".CSRF_TOKEN";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void theTokenIsInTheSessionWhenTheSignInAnswersSoConcurrentRequestsOnlyReadIt() throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(HttpRequest.newBuilder(uri("/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode("anna.berzina@demo.sadarbe.eu")
                        + "&password=sadarbe-demo&_csrf=" + encode(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String cookie = cookies.getCookieStore().getCookies().stream().filter(each -> each.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);

        assertThat(tokenRows(sessionId)).as("the token stored by the sign-in request itself").isEqualTo(1);

        int requests = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int index = 0; index < requests; index++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(uri("/applications")).header("Accept", "text/html")
                            .header("Cookie", "SESSION=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<String> tokens = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> page = answer.get();
                assertThat(page.statusCode()).isEqualTo(200);
                Matcher meta = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page.body());
                assertThat(meta.find()).isTrue();
                tokens.add(meta.group(1));
            }
            assertThat(tokens).hasSize(requests);
        } finally {
            pool.shutdownNow();
        }
        assertThat(tokenRows(sessionId)).isEqualTo(1);
    }

    private int tokenRows(String sessionId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM spring_session_attributes a
                        JOIN spring_session s ON s.primary_id = a.session_primary_id
                        WHERE s.session_id = ? AND a.attribute_name = ?""")
                .params(sessionId, ATTRIBUTE).query(Integer.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
