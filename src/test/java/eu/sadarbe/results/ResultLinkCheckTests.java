package eu.sadarbe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.results.domain.ResultLinkCheck;
import eu.sadarbe.results.domain.ResultsRepository;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * The weekly check of the links to projects' results, against a local HTTP server: nothing leaves the machine. A
 * module test of results with its pages, on a funded project of its own ({@link ModuleTestData}, selected by the event
 * selection publishes), annotated as {@code ResultsTests} is so as to share its context.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class ResultLinkCheckTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ResultsRepository repository;

    @Autowired
    ResultLinkCheck check;

    @Autowired
    MockMvc mvc;

    @Test
    void marksTheLinksThatNoLongerAnswerAndUnmarksThoseThatAnswerAgain() throws Exception {
        ResultsTestData data = new ResultsTestData(context);
        ModuleTestData own = new ModuleTestData("results", context);
        SubmissionSummary project = own.submit(own.draft("Saites " + ResultsTestData.uniqueWord()));
        data.selected(project, "40000.00");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        boolean[] guideBack = {false};
        server.createContext("/guide", exchange -> {
            exchange.sendResponseHeaders(guideBack[0] ? 200 : 503, -1);
            exchange.close();
        });
        server.createContext("/toolkit", exchange -> {
            exchange.sendResponseHeaders("HEAD".equals(exchange.getRequestMethod()) ? 405 : 200, -1);
            exchange.close();
        });
        server.start();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            UUID id = project.applicationId().value();
            repository.addLink(id, "Guide for teachers", base + "/guide");
            repository.addLink(id, "Toolkit", base + "/toolkit");
            repository.addLink(id, "Missing page", base + "/missing");
            repository.addLink(id, "Closed site", "http://127.0.0.1:" + closedPort + "/");
            repository.addLink(id, "Not the web", "ftp://127.0.0.1/file");

            check.checkNow();

            Map<String, Boolean> broken = repository.links(id).stream().collect(Collectors.toMap(
                    PublicProject.ResultLink::label, PublicProject.ResultLink::broken));
            assertThat(broken).containsExactlyInAnyOrderEntriesOf(Map.of("Guide for teachers", true, "Toolkit", false,
                    "Missing page", true, "Closed site", true, "Not the web", true));
            assertThat(repository.links(id)).allMatch(link -> link.checkedAt() != null);
            mvc.perform(get("/results/" + project.applicationNumber()))
                    .andExpect(content().string(containsString("Link broken")));

            guideBack[0] = true;
            check.checkNow();
            List<PublicProject.ResultLink> again = repository.links(id);
            assertThat(again).filteredOn(link -> link.label().equals("Guide for teachers"))
                    .singleElement().matches(link -> !link.broken());
            assertThat(again).filteredOn(link -> link.label().equals("Missing page"))
                    .singleElement().matches(link -> "HTTP 404".equals(link.detail()));
        } finally {
            server.stop(0);
        }
    }
}
