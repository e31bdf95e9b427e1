package eu.sadarbe.accounts.web;

import static eu.sadarbe.demo.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.sadarbe.SadarbeTest;

/**
 * Issue 12: a state change on the JSON API authenticated by the browser's session cookie needs the session's CSRF
 * token, whatever page it came from; HTTP Basic needs none. Over real HTTP, with the cookies a browser would send.
 */
@SadarbeTest
class ApiCsrfTests {

    static final String ANNA = "anna.berzina@demo.sadarbe.eu";
    static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    static final Pattern META_HEADER = Pattern.compile("<meta name=\"csrf-header\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final Map<String, String> cookies = new LinkedHashMap<>();

    @Test
    void aCookieAuthenticatedChangeWithoutTheTokenIsRefusedAndWithItGoesThrough() throws Exception {
        signIn(ANNA);
        String invited = "csrf-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> forged = invite(invited, Map.of("Origin", "http://evil.example"));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> planted = send(HttpRequest.newBuilder(url("/api/v1/organisations/E10000001/users"))
                .header("Cookie", cookieHeader() + "; XSRF-TOKEN=planted").header("X-CSRF-TOKEN", "planted")
                .header("X-XSRF-TOKEN", "planted").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + invited + "\"}")));
        assertThat(planted.statusCode()).as("a token planted in a cookie is not the session's").isEqualTo(403);
        assertThat(pendingOfE10000001()).doesNotContain(invited);

        String page = get("/organisations").body();
        String header = find(META_HEADER, page);
        String token = find(META_TOKEN, page);
        assertThat(invite(invited, Map.of(header, token)).statusCode()).isEqualTo(202);
        assertThat(pendingOfE10000001()).contains(invited);
    }

    @Test
    void httpBasicNeedsNoToken() throws Exception {
        String invited = "basic-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(url("/api/v1/organisations/E10000001/users"))
                .header("Authorization", basic(ANNA)).header("Origin", "http://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + invited + "\"}")));
        assertThat(answer.statusCode()).isEqualTo(202);
    }

    private HttpResponse<String> invite(String email, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/api/v1/organisations/E10000001/users"))
                .header("Cookie", cookieHeader()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}"));
        headers.forEach(request::header);
        return send(request);
    }

    private String pendingOfE10000001() throws Exception {
        return send(HttpRequest.newBuilder(url("/api/v1/organisations/E10000001/invitations"))
                .header("Authorization", basic(ANNA)).GET()).body();
    }

    private void signIn(String email) throws Exception {
        String form = get("/sign-in").body();
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                + "&_csrf=" + URLEncoder.encode(find(FORM_TOKEN, form), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(url("/sign-in")).header("Cookie", cookieHeader())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(cookies).containsKey("SESSION");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Cookie", cookieHeader()).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(set -> {
            String pair = set.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        });
        return response;
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().filter(cookie -> !cookie.getValue().isEmpty())
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .reduce((a, b) -> a + "; " + b).orElse("none=none");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
