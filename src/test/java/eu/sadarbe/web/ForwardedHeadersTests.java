package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import eu.sadarbe.SeparateSadarbe;

/**
 * Issue 12: forwarded headers count only from the proxies in {@code SADARBE_TRUSTED_PROXIES}. Here the only
 * trusted proxy is 10.9.8.7 ({@link SeparateSadarbe}), so this test's requests from loopback are an ordinary
 * client's, and a forged X-Forwarded-Host must not send anyone to another site.
 */
class ForwardedHeadersTests extends SeparateSadarbe {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void aForgedForwardedHostFromAnUntrustedAddressDoesNotChangeRedirects() throws Exception {
        HttpResponse<Void> answer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/applications"))
                        .header("Accept", "text/html").header("X-Forwarded-Host", "evil.example")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Port", "443").header("Forwarded", "host=evil.example;proto=https")
                        .GET().build(), HttpResponse.BodyHandlers.discarding());

        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).doesNotContain("evil.example").endsWith("/sign-in");
    }

    @Test
    void tomcatReadsForwardedHeadersOnlyFromTheConfiguredProxies() {
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies")).isEqualTo("10[.]9[.]8[.]7");
    }
}
