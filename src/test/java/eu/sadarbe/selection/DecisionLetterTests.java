package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
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

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationDrafting;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.selection.domain.DecisionFinal;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Decision letters: in the applicant's language (Latvian or English), with the decision, the scores and the experts'
 * comments, e-mailed once after commit; the decision is final from then on.
 */
@SubmissionTest
class DecisionLetterTests {

    static final RankingKey KEY = new RankingKey("LV01", 2020, 3, "KA202");

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionDesk selection;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallRounds rounds;

    @Autowired
    ApplicationDrafting drafting;

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
    void mailsEachLetterOnceInTheApplicantsLanguageWithTheExpertsCommentsAndLocksTheDecision() throws Exception {
        SelectionTestData fixtures = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher,
                jdbc, clock);
        fixtures.emptyRanking();
        SignedInUser ilze = fixtures.person(SubmissionFixtures.ILZE);
        SubmissionSummary latvian = fixtures.submitted("Zaļās prasmes: ā č ē ģ ī ķ ļ ņ š ū ž", "lv");
        SubmissionSummary english = fixtures.submitted("Weak project", "en");
        SubmissionSummary ineligible = fixtures.submitted("Too few partners", "en");
        fixtures.assessed(latvian, 28, 18, 18, 26, "60000", "55000", List.of("Ļoti skaidrs pamatojums: ā č ē ģ ī ķ ļ ņ š ū ž",
                "Labi izvēlēti partneri"));
        fixtures.assessed(english, 14, 10, 10, 16, "20000", null, List.of("The needs analysis is thin."));
        fixtures.formallyRejected(ineligible, "Only two organisations from two countries");
        fixtures.afterTheDeadline();
        selection.changeGrant(latvian.applicationId(), new BigDecimal("55000"), null, ilze);
        selection.setEnvelope(KEY, new BigDecimal("100000"), 10, ilze);
        selection.recordDecisions(KEY, ilze);

        mvc.perform(post("/agency/selection/letters").param("year", "2020").param("round", "3")
                        .param("actionType", "KA202").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        MimeMessage lv = mailAbout(latvian);
        assertThat(lv.getSubject()).isEqualTo("Lēmums par jūsu pieteikumu " + latvian.applicationNumber());
        assertThat(lv.getAllRecipients()[0].toString()).isEqualTo(SubmissionFixtures.ANNA);
        assertThat(pdfText(lv)).contains("Valsts izglītības attīstības aģentūra",
                "Jūsu pieteikums ir apstiprināts finansējumam. Piešķirtā dotācija ir 55",
                "Zaļās prasmes: ā č ē ģ ī ķ ļ ņ š ū ž", "Atbilstība", "28 / 30", "Ekspertu komentāri",
                "Ļoti skaidrs pamatojums: ā č ē ģ ī ķ ļ ņ š ū ž", "Labi izvēlēti partneri");

        MimeMessage en = mailAbout(english);
        assertThat(en.getSubject()).isEqualTo("Decision on your application " + english.applicationNumber());
        assertThat(pdfText(en)).contains("State Education Development Agency", "did not reach the pass marks",
                "The needs analysis is thin.", "Relevance", "14 / 30");

        assertThat(pdfText(mailAbout(ineligible))).contains("rejected in the formal check",
                "Only two organisations from two countries");

        // A letter goes out once: sending again issues nothing, and the decision is final.
        assertThat(selection.issueLetters(KEY, ilze)).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailedLetters() == 3);
        assertThat(mailsAbout(latvian)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> selection.override(latvian.applicationId(),
                Outcome.REJECTED, null, "Changed my mind", ilze)).isInstanceOf(DecisionFinal.class);
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/decision", latvian.applicationId())
                        .contentType("application/json").content("{\"outcome\":\"REJECTED\",\"reason\":\"No\"}")
                        .with(user(ilze)))
                .andExpect(status().isConflict());

        byte[] download = mvc.perform(get("/agency/selection/applications/{id}/letter", latvian.applicationId())
                        .with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(download)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Lēmums par pieteikumu");
        }
    }

    int mailedLetters() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM selection_decision d JOIN selection_candidate c
                            ON c.application_id = d.application_id
                        WHERE c.national_agency_code = 'LV01' AND c.call_year = 2020 AND c.round_number = 3
                            AND c.action_type = 'KA202' AND d.letter_mailed_at IS NOT NULL""")
                .query(Integer.class).single();
    }

    long mailsAbout(SubmissionSummary submission) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isLetterAbout(message, submission))
                .count();
    }

    MimeMessage mailAbout(SubmissionSummary submission) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isLetterAbout(message, submission)).findFirst().orElse(null), found -> found != null);
    }

    static boolean isLetterAbout(MimeMessage message, SubmissionSummary submission) {
        String subject = subjectOf(message);
        return subject.contains(submission.applicationNumber())
                && (subject.startsWith("Decision") || subject.startsWith("Lēmums"));
    }

    static String pdfText(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                try (PDDocument document = Loader.loadPDF(part.getInputStream().readAllBytes())) {
                    return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                }
            }
        }
        throw new AssertionError("No PDF attached");
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            return "";
        }
    }
}
