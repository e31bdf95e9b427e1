package eu.sadarbe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check (issue 16), for images that carry no shell and no curl:
 * {@code java -cp /app/classes eu.sadarbe.ReadinessProbe [port]} exits 0 when this node's readiness check answers
 * UP, 1 otherwise. See {@code deploy/compose.yaml}.
 */
public final class ReadinessProbe {

    private ReadinessProbe() {
    }

    public static void main(String[] args) {
        String port = args.length > 0 ? args[0] : System.getenv().getOrDefault("SERVER_PORT", "8080");
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(4)).build(), HttpResponse.BodyHandlers.ofString());
            System.exit(answer.statusCode() == 200 && answer.body().contains("\"UP\"") ? 0 : 1);
        } catch (Exception unreachable) {
            System.exit(1);
        }
    }
}
