package eu.sadarbe.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import eu.sadarbe.web.MailParts;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.web.LanguageChoice;

/**
 * After the submission commits: the receipt e-mail with number, digest, Brussels time and a link to the receipt page
 * in the applicant's language, received by a real SMTP server (GreenMail), and the PDF (with every Latvian letter),
 * made on its first download and the same bytes ever after. A failing SMTP server never touches the submission; the
 * receipt is sent when the event is tried again.
 */
@SubmissionTest
class SubmissionReceiptTests {

    static final LocalDateTime DEADLINE = LocalDateTime.of(2020, 12, 1, 12, 0);
    static final LocalDateTime BEFORE = LocalDateTime.of(2020, 11, 30, 9, 15, 30);

    @Autowired
    SubmissionDesk desk;

    @Autowired
    SettableClock clock;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    AccountRegister accounts;

    SubmissionFixtures fixtures;

    CallRoundSummary round;

    @BeforeEach
    void fixtures() throws Exception {
        fixtures = new SubmissionFixtures(rounds, drafting, accounts, clock);
        round = fixtures.round(8, DEADLINE);
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTime() {
        clock.reset();
        mailSender.setPort(greenMail.getSmtp().getPort());
    }

    @Test
    void mailsTheReceiptInTheApplicantsLanguageWithNumberDigestAndBrusselsTime() throws Exception {
        ApplicationSummary draft = fixtures.draft(round, BEFORE, "Zaļās prasmes ķēķa šefpavāriem");
        SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), "lv-receipt",
                fixtures.person(SubmissionFixtures.ANNA, "lv"));

        MimeMessage mail = receiptTo(SubmissionFixtures.ANNA, submission.applicationNumber());

        assertThat(mail.getSubject()).isEqualTo("Apstiprinājums par jūsu pieteikumu " + submission.applicationNumber());
        assertThat(MailParts.text(mail)).contains(submission.applicationNumber(), submission.sha256(),
                "30.11.2020 09:15:30 (+01:00) (pēc Briseles laika)", "Zaļās prasmes ķēķa šefpavāriem",
                "Valsts aģentūra: Valsts izglītības attīstības aģentūra (LV01)", "Apstiprinājums un iesniegtā pieteikuma PDF: http://localhost:8080/applications/"
                        + draft.id() + "/submissions/" + submission.id());
        assertThat(storedPdfs(submission)).as("no PDF is rendered in the rush after a submission").isZero();
    }

    @Test
    void mailsTheReceiptInTheLanguageOfTheSubmitPageNotTheOneAtSignIn() throws Exception {
        ApplicationSummary draft = fixtures.draft(round, BEFORE, "Valoda, kurā iesniedz");
        mvc.perform(post("/applications/{id}/submissions", draft.id())
                        .param("idempotencyKey", "page-in-latvian").param("version", String.valueOf(draft.version()))
                        .cookie(new Cookie(LanguageChoice.COOKIE, "lv"))
                        .with(user(fixtures.person(SubmissionFixtures.ANNA, "en"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        SubmissionSummary submission = desk.submissions(draft.id(), fixtures.person(SubmissionFixtures.ANNA)).get(0);

        MimeMessage mail = receiptTo(SubmissionFixtures.ANNA, submission.applicationNumber());

        assertThat(mail.getSubject()).isEqualTo("Apstiprinājums par jūsu pieteikumu " + submission.applicationNumber());
        assertThat(jdbc.sql("SELECT submitter_language FROM submission WHERE id = ?").param(submission.id())
                .query(String.class).single()).as("the PDF is made in this language").isEqualTo("lv");
    }

    @Test
    void keepsTheSubmissionWhenTheMailServerIsDownAndSendsTheReceiptWhenTriedAgain() throws Exception {
        ApplicationSummary draft = fixtures.draft(round, BEFORE);
        mailSender.setPort(closedPort());
        SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), "smtp-down",
                fixtures.person(SubmissionFixtures.ANNA));

        await().atMost(Duration.ofSeconds(30)).until(() -> failedReceipts(submission) == 1);
        assertThat(storedPdfs(submission)).isZero();
        assertThat(desk.submissions(draft.id(), fixtures.person(SubmissionFixtures.ANNA))).hasSize(1);

        mailSender.setPort(greenMail.getSmtp().getPort());
        incomplete.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof ApplicationSubmitted submitted && submitted.submissionId().equals(submission.id()));

        MimeMessage mail = receiptTo(SubmissionFixtures.ANNA, submission.applicationNumber());
        assertThat(mail.getSubject()).isEqualTo("Receipt of your application " + submission.applicationNumber());
        await().atMost(Duration.ofSeconds(30)).until(() -> incompleteReceipts(submission) == 0);
    }

    @Test
    void letsTheApplicantDownloadThePdfOfTheSubmittedApplication() throws Exception {
        ApplicationSummary draft = fixtures.draft(round, BEFORE, "Ģērbšanās ķēķī: āčēģīķļņšūž");
        SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), "pdf",
                fixtures.person(SubmissionFixtures.ANNA));

        byte[] pdf = mvc.perform(get("/api/v1/applications/{id}/submissions/{s}/pdf", draft.id(), submission.id())
                        .with(user(fixtures.person(SubmissionFixtures.ANNA))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(submission.applicationNumber(), "Ģērbšanās ķēķī: āčēģīķļņšūž", "Rīgas Valsts tehnikums");
        }
        assertThat(storedPdfs(submission)).isOne();
        byte[] again = mvc.perform(get("/api/v1/applications/{id}/submissions/{s}/pdf", draft.id(), submission.id())
                        .with(user(fixtures.person(SubmissionFixtures.ANNA))).locale(Locale.forLanguageTag("lv")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(again).as("the stored PDF, whatever the language of the page").isEqualTo(pdf);
    }

    int storedPdfs(SubmissionSummary submission) {
        return jdbc.sql("SELECT COUNT(*) FROM submission_pdf WHERE submission_id = ?").param(submission.id())
                .query(Integer.class).single();
    }

    int failedReceipts(SubmissionSummary submission) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE status = 'FAILED' AND serialized_event LIKE ?")
                .param("%" + submission.id() + "%").query(Integer.class).single();
    }

    int incompleteReceipts(SubmissionSummary submission) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM event_publication
                        WHERE completion_date IS NULL AND serialized_event LIKE ?""")
                .param("%" + submission.id() + "%").query(Integer.class).single();
    }

    MimeMessage receiptTo(String email, String number) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> subjectOf(message).contains(number)).findFirst().orElse(null), found -> found != null);
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception unreadable) {
            return "";
        }
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
