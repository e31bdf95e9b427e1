package eu.sadarbe.web;

import static eu.sadarbe.demo.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.sadarbe.SadarbeTest;

/**
 * A 12 MB upload, over a real HTTP port (Tomcat's own multipart parsing, which MockMvc skips), gets Sadarbe's
 * answer in the caller's language, never Tomcat's raw English "HTTP Status 413" page (issue #12).
 */
@SadarbeTest
class UploadLimitsTests {

    static final String BOUNDARY = "sadarbe-boundary-12";
    static final String ANNA = "anna.berzina@demo.sadarbe.eu";

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static byte[] twelveMegabytePdf() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[12 * 1024 * 1024]);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    HttpResponse<String> upload(String path, String language, String accept, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept-Language", language).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(twelveMegabytePdf()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anAnnexUploadFormGoesBackToTheAnnexesPageWithItsMessage() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> answer = upload("/applications/" + id + "/annexes", "lv", "text/html");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/applications/" + id + "/sections/annexes?tooLarge"));
    }

    @Test
    void anyOtherFormGetsSadarbesOwnPageInThePagesLanguage() throws Exception {
        HttpResponse<String> answer = upload("/organisations/import", "lv", "text/html");
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(answer.body()).contains("lang=\"lv\"").contains("10 MB").doesNotContain("HTTP Status")
                .doesNotContain("Tomcat");
    }

    @Test
    void theApiAnswersProblemJsonInTheCallersLanguage() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((ANNA + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = upload("/api/v1/applications/" + UUID.randomUUID() + "/annexes", "en",
                "application/json", "Authorization", basic);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("10 MB").doesNotContain("HTTP Status");
    }
}
