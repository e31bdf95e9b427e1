package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;
import eu.sadarbe.web.HostileText;

/**
 * Hostile titles, organisation names, comments and reasons in every PDF that the HTTP endpoints serve — the
 * application as submitted, the decision letter, the ranking: each answers 200 with a PDF that shows the text
 * literally, and the server fetches nothing while rendering them (issue #12, section 2).
 */
@SubmissionTest
class HostileTextInPdfsTests {

    static final RankingKey KEY = new RankingKey("LV01", 2020, 3, "KA202");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionDesk selection;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    SubmissionDesk desk;

    @Autowired
    AccountRegister accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    SettableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void everyPdfShowsHostileTextLiterallyAndTheServerFetchesNothing() throws Exception {
        try (HostileText hostile = new HostileText()) {
            SelectionTestData fixtures = new SelectionTestData(rounds, drafting, desk, accounts, transaction,
                    publisher, jdbc, clock);
            fixtures.emptyRanking();
            SignedInUser anna = fixtures.person(SubmissionFixtures.ANNA);
            SignedInUser ilze = fixtures.person(SubmissionFixtures.ILZE);
            SubmissionSummary selected = submitted(fixtures, hostile, "lv");
            SubmissionSummary ineligible = submitted(fixtures, hostile, "en");
            fixtures.assessed(selected, 28, 18, 18, 26, "60000", null, hostile.all());
            fixtures.formallyRejected(ineligible, hostile.combined());
            fixtures.afterTheDeadline();
            selection.setEnvelope(KEY, new BigDecimal("100000"), 10, ilze);
            selection.recordDecisions(KEY, ilze);

            String application = pdfText(mvc.perform(get("/api/v1/applications/{id}/submissions/{s}/pdf",
                    selected.applicationId(), selected.id()).with(user(anna))));
            assertThat(application).contains(squeezed(hostile.combined()));
            for (String text : hostile.all()) {
                assertThat(application).as("the organisation name " + text).contains(squeezed(text));
            }

            String letter = pdfText(mvc.perform(get("/agency/selection/applications/{id}/letter",
                    selected.applicationId()).with(user(ilze))));
            assertThat(letter).as("the title").contains(squeezed(hostile.combined()));
            for (String comment : hostile.all()) {
                assertThat(letter).as("the comment " + comment).contains(squeezed(comment));
            }
            assertThat(pdfText(mvc.perform(get("/agency/selection/applications/{id}/letter",
                    ineligible.applicationId()).with(user(ilze))))).as("the reason")
                    .contains(squeezed(hostile.combined()));

            assertThat(pdfText(mvc.perform(get("/agency/selection/ranking.pdf?year=2020&round=3&actionType=KA202")
                    .header("Accept-Language", "lv").with(user(ilze))))).contains(selected.applicationNumber());

            assertThat(hostile.requests()).as("requests the server made while rendering").isZero();
        }
    }

    /** Anna's application with hostile text as its title, every organisation's name and a cost's description. */
    SubmissionSummary submitted(SelectionTestData fixtures, HostileText hostile, String language) {
        ObjectNode document = (ObjectNode) JSON.readTree(SubmissionFixtures.greenSkills("Green skills"));
        document.put("title", hostile.combined());
        for (int i = 0; i < document.get("organisations").size(); i++) {
            ((ObjectNode) document.get("organisations").get(i)).put("legalName", hostile.all().get(i));
        }
        ((ObjectNode) document.get("exceptionalCosts").get(0)).put("description", hostile.all().get(3));
        ApplicationSummary draft = drafting.start(fixtures.person(SubmissionFixtures.ANNA).id(),
                JSON.writeValueAsString(document), fixtures.openRound().id());
        return desk.submit(draft.id(), OptionalLong.empty(), UUID.randomUUID().toString(),
                fixtures.person(SubmissionFixtures.ANNA, language));
    }

    static String pdfText(org.springframework.test.web.servlet.ResultActions download) throws Exception {
        byte[] pdf = download.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return squeezed(new PDFTextStripper().getText(document));
        } catch (IOException notAPdf) {
            throw new AssertionError("Not a PDF", notAPdf);
        }
    }

    /** Without white space: the PDF breaks long texts into lines wherever they fit. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
