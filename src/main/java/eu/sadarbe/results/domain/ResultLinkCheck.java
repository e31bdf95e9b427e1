package eu.sadarbe.results.domain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.sadarbe.results.PublicProject;

/**
 * Once a week, on one node, follows every link to a project's results and marks those that no longer answer (an
 * error status, a refused connection, no answer within ten seconds) as broken; a link that answers again is
 * unmarked. HEAD first, GET where a server refuses HEAD.
 */
@Component
public class ResultLinkCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ResultLinkCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ResultsRepository repository;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    ResultLinkCheck(ResultsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Scheduled(cron = "${sadarbe.results.link-check-cron:0 30 3 * * MON}", zone = "Europe/Brussels")
    @SchedulerLock(name = "results.check-links", lockAtLeastFor = "PT30S", lockAtMostFor = "PT2H")
    public void checkAll() {
        checkNow();
    }

    /** The check itself, without the lock that keeps it to one node a week. */
    public void checkNow() {
        int broken = 0;
        int checked = 0;
        for (PublicProject.ResultLink link : repository.allLinks()) {
            String problem = problem(link.url());
            repository.markLink(link.id(), problem != null, problem, clock.instant());
            checked++;
            if (problem != null) {
                broken++;
            }
        }
        LOG.info("Checked {} result links: {} broken", checked, broken);
    }

    /** What is wrong with the link, or null when it answers. */
    String problem(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException malformed) {
            return "malformed address";
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            return "not a web address";
        }
        try {
            int status = send(uri, "HEAD");
            if (status == 405 || status == 501) {
                status = send(uri, "GET");
            }
            return status >= 400 ? "HTTP " + status : null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception unreachable) {
            String kind = unreachable.getClass().getSimpleName();
            return ("no answer: " + kind).substring(0, Math.min(200, ("no answer: " + kind).length()));
        }
    }

    private int send(URI uri, String method) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody()).header("User-Agent", "Sadarbe link check")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
