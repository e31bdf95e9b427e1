package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.selection.domain.DecisionFinal;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.web.MailServer;

/**
 * Decision letters: in the application's language unless the officer chooses another (issue 17), with the decision,
 * its grounds and the consolidated assessment comment, e-mailed once after commit with every attempt recorded; the
 * decision is final from then on. A module test of selection with its pages and a real SMTP server ({@link MailServer}),
 * on a round of its own ({@link ModuleTestData}), whose deadline has passed: an LV01 officer of its own decides on
 * applications of applicants of its own, assessed and formally checked by the events the assessment module publishes.
 * The only test of selection with a mail server, so a context of its own: {@link SelectionModuleTests} records a
 * letter's delivery without one.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({SettableClock.AsTheClock.class, MailServer.class})
@AutoConfigureMockMvc
class DecisionLetterTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SelectionDesk selection;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    eu.sadarbe.assessment.inbox.InboxEntries inboxEntries;

    @Autowired
    SubmissionDesk desk;

    @Autowired
    BeanFactory beans;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    SettableClock clock;

    @Autowired
    org.springframework.mail.javamail.JavaMailSenderImpl mailSender;

    @Autowired
    org.springframework.modulith.events.IncompleteEventPublications incomplete;

    ModuleTestData data;
    SignedInUser ilze;
    RankingKey key;
    final java.util.Map<eu.sadarbe.applications.ApplicationId, String> submitters = new java.util.HashMap<>();

    @BeforeEach
    void anOfficerAndAnEmptyRanking() {
        data = new ModuleTestData("selection letters", beans);
        ilze = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        key = new RankingKey("LV01", ModuleTestData.CALL_YEAR, data.round().roundNumber(), "KA202");
        emptyRanking();
    }

    /**
     * Each test starts from an empty LV01 ranking of the class's round and leaves it empty: the demo data makes its
     * agreements from the first 50 final selections of LV01 without one, oldest call year first ({@code DemoGrants}),
     * so this round's, left behind on the shared database, would come before the demo's own.
     */
    @AfterEach
    void emptyRanking() {
        SelectionTestData.emptyRanking(jdbc, key);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void mailsEachLetterOnceInTheApplicantsLanguageWithTheExpertsCommentsAndLocksTheDecision() throws Exception {
        SubmissionSummary latvian = submitted("Zaļās prasmes: ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž", "lv");
        SubmissionSummary english = submitted("Weak project", "en");
        SubmissionSummary ineligible = submitted("Too few partners", "en");
        assessed(latvian, 28, 18, 18, 26, "60000", "55000", List.of("Ļoti skaidrs pamatojums: ā č ē ģ ī ķ ļ ņ š ū ž",
                "Labi izvēlēti partneri"));
        assessed(english, 14, 10, 10, 16, "20000", null, List.of("The needs analysis is thin."));
        formallyRejected(ineligible, "Only two organisations from two countries");
        selection.changeGrant(latvian.applicationId(), new BigDecimal("55000"), null, ilze);
        selection.setEnvelope(key, new BigDecimal("100000"), 10, ilze);
        selection.recordDecisions(key, ilze);
        // The English-speaking submitter's school is in Latvia: Latvian is proposed, and the officer picks English.
        mvc.perform(post("/agency/selection/applications/{id}/letter/language", english.applicationId())
                        .param("language", "en").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String confirmation = mvc.perform(get("/agency/selection/letters").param("year", year())
                        .param("round", round()).param("actionType", "KA202").with(user(ilze))
                        .locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains(latvian.applicationNumber(), english.applicationNumber(),
                ineligible.applicationNumber(), "Letters to issue: 3", "English", "Latvian", "confirm-send-letters");
        assertThat(mailedLetters()).as("nothing goes out before the officer confirms").isZero();

        mvc.perform(post("/agency/selection/letters").param("year", year()).param("round", round())
                        .param("actionType", "KA202").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        MimeMessage lv = mailAbout(latvian);
        assertThat(lv.getSubject()).isEqualTo("Lēmums par jūsu pieteikumu " + latvian.applicationNumber());
        assertThat(lv.getAllRecipients()[0].toString()).isEqualTo(submitterOf(latvian));
        assertThat(eu.sadarbe.web.MailParts.text(lv)).contains("Valsts aģentūra “Valsts izglītības attīstības aģentūra” ir pieņēmusi");
        assertThat(pdfText(lv)).contains("Valsts izglītības attīstības aģentūra", "Vaļņu iela 3, Rīga",
                "Reģistrācijas numurs 90001800413", "Mūsu numurs LV01/" + year() + "/L-",
                "Jūsu pieteikums ir apstiprināts finansējumam. Piešķirtā dotācija ir 55",
                "Zaļās prasmes: ā č ē ģ ī ķ ļ ņ š ū ž", "Atbilstība", "Minimālais punktu skaits (R-AWD-02)",
                "ierindots 1. vietā", "Vērtējums", "Ļoti skaidrs pamatojums: ā č ē ģ ī ķ ļ ņ š ū ž",
                "Labi izvēlēti partneri", "Administratīvā procesa likumu", "Ilze Ozola", "Programmas speciālists");

        MimeMessage en = mailAbout(english);
        assertThat(en.getSubject()).isEqualTo("Decision on your application " + english.applicationNumber());
        assertThat(eu.sadarbe.web.MailParts.text(en)).contains("the National Agency State Education Development Agency has decided");
        assertThat(pdfText(en)).contains("State Education Development Agency", "did not reach the pass marks",
                "at least 60 points", "The needs analysis is thin.", "Relevance", "Administrative Procedure Law");

        assertThat(pdfText(mailAbout(ineligible))).as("the application's language: Latvian")
                .contains("formālajā pārbaudē", "Only two organisations from two countries", "R-ELIG-02");

        // A letter goes out once: sending again issues nothing, and the decision is final.
        assertThat(selection.issueLetters(key, ilze)).isZero();
        // Issue 21: the round dashboard counts the letters sent as the inbox's filter by stage finds them.
        eu.sadarbe.assessment.inbox.StageCounts.keptAsCounted(inboxEntries, jdbc, "LV01");
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
            assertThat(new PDFTextStripper().getText(document)).contains("Lēmums par pieteikumu",
                    "Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž");
        }
        // Issue 17: the letter as issued, in Latvian with every diacritic, is PDF/A-2u.
        assertThat(eu.sadarbe.web.PdfConformance.failures(download,
                org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
        List<String> references = jdbc.sql("""
                        SELECT letter_reference FROM selection_decision WHERE application_id IN (?, ?, ?)
                        ORDER BY letter_sequence""")
                .params(latvian.applicationId().value(), english.applicationId().value(),
                        ineligible.applicationId().value())
                .query(String.class).list();
        assertThat(references).hasSize(3).doesNotHaveDuplicates()
                .allMatch(each -> each.startsWith("LV01/" + year() + "/L-"));
        String page = mvc.perform(get("/agency/selection/applications/{id}", english.applicationId()).with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"delivery-status\"", "E-mailed on", "letter-attempts", references.get(0).substring(0, 12))
                .doesNotContain("id=\"send-letter\"", "id=\"letter-language-form\"");
    }

    @Test
    void theOfficerChoosesPreviewsAndConfirmsOneLetterAndSeesItFailAndGoOutWhenRetried() throws Exception {
        SubmissionSummary one = submitted("Viena vēstule: Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž", "en");
        assessed(one, 26, 16, 16, 24, "40000", null, List.of("Apkopots: āčēģīķļņšūž"));
        selection.setEnvelope(key, new BigDecimal("100000"), 10, ilze);
        selection.recordDecisions(key, ilze);

        String before = mvc.perform(get("/agency/selection/applications/{id}", one.applicationId()).with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("Not issued", "id=\"send-letter\"", "<option value=\"lv\" selected",
                "Consolidated assessment comment", "Apkopots: āčēģīķļņšūž");
        mvc.perform(post("/agency/selection/applications/{id}/letter/language", one.applicationId())
                        .param("language", "de").with(user(ilze)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "letters.problem.language"));
        mvc.perform(post("/agency/selection/applications/{id}/letter/language", one.applicationId())
                        .param("language", "lv").with(user(ilze)).with(csrf()))
                .andExpect(flash().attribute("done", "letters.done.language"));

        String preview = mvc.perform(get("/agency/selection/applications/{id}/letter/preview", one.applicationId())
                        .with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("lang=\"lv\"", "Melnraksts pārbaudei", "Apkopots: āčēģīķļņšūž",
                "Administratīvā procesa likumu");
        String confirmation = mvc.perform(get("/agency/selection/applications/{id}/letter/send", one.applicationId())
                        .with(user(ilze)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains(submitterOf(one), "Latvian", "id=\"confirm-send\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM selection_decision WHERE application_id = ? "
                + "AND letter_issued_at IS NOT NULL").param(one.applicationId().value()).query(Integer.class).single())
                .as("nothing is issued before the officer confirms").isZero();

        mailSender.setPort(closedPort());
        try {
            mvc.perform(post("/agency/selection/applications/{id}/letter/send", one.applicationId())
                            .with(user(ilze)).with(csrf()))
                    .andExpect(flash().attribute("done", "letters.done.sent"));
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(one, "FAILED") == 1);
            assertThat(page(one, ilze)).contains("Sending failed; it is tried again automatically", "Failed attempts: 1")
                    .doesNotContain("E-mailed on");
        } finally {
            mailSender.setPort(greenMail.getSmtp().getPort());
        }
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent()
                instanceof eu.sadarbe.selection.domain.DecisionLetterIssued issued
                && issued.applicationId().equals(one.applicationId()));

        assertThat(pdfText(mailAbout(one))).contains("Lēmums par pieteikumu", "Apkopots: āčēģīķļņšūž");
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(one, "SENT") == 1);
        assertThat(page(one, ilze)).contains("E-mailed on", "Failed attempts: 1", "letter-attempts");
        mvc.perform(post("/agency/selection/applications/{id}/letter/send", one.applicationId())
                        .with(user(ilze)).with(csrf()))
                .andExpect(flash().attribute("done", "letters.done.already"));
    }

    /**
     * A new applicant of the test's own (a Latvian VET provider) submits a KA202 application to LV01 in the class's
     * round, working in {@code language}, ten days before its deadline.
     */
    SubmissionSummary submitted(String title, String language) {
        ModuleTestData.Draft draft = data.draft(title);
        SignedInUser applicant = draft.applicant();
        SignedInUser inTheLanguage = new SignedInUser(applicant.id(), applicant.email(), applicant.displayName(),
                applicant.roles(), applicant.nationalAgencyCode(), language, true, null);
        clock.setBrussels(ModuleTestData.DEADLINE.minusDays(10));
        try {
            SubmissionSummary submitted = desk.submit(draft.id(), OptionalLong.empty(), UUID.randomUUID().toString(),
                    inTheLanguage);
            submitters.put(submitted.applicationId(), applicant.email());
            return submitted;
        } finally {
            clock.reset();
        }
    }

    String submitterOf(SubmissionSummary submission) {
        return submitters.get(submission.applicationId());
    }

    /**
     * The officer consolidated the score: points for relevance, design, team, impact, with the experts' comments, which
     * the officer approved as the consolidated assessment comment (issue 17). Published in a transaction, as the
     * assessment module does, and taken in by selection.
     */
    void assessed(SubmissionSummary submission, int relevance, int design, int team, int impact, String requested,
                  @Nullable String recommended, List<String> comments) {
        int total = relevance + design + team + impact;
        boolean passed = total >= 60 && relevance >= 15 && design >= 10 && team >= 10 && impact >= 15;
        AssessmentCompleted event = new AssessmentCompleted(submission.applicationId(), submission.id(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                submission.roundNumber(), submission.actionType(),
                List.of(new CriterionScore("relevance", relevance, 30, comments),
                        new CriterionScore("design", design, 20, List.of()),
                        new CriterionScore("team", team, 20, List.of()),
                        new CriterionScore("impact", impact, 30, List.of())),
                total, passed, new BigDecimal(requested), recommended == null ? null : new BigDecimal(recommended),
                ilze.id().value(), Instant.now(), String.join("\n\n", comments));
        transaction.executeWithoutResult(status -> publisher.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT total FROM selection_candidate WHERE application_id = ?")
                .param(submission.applicationId().value()).query(Integer.class).optional().orElse(-1) == total);
    }

    void formallyRejected(SubmissionSummary submission, String reason) {
        FormalCheckCompleted event = new FormalCheckCompleted(submission.applicationId(), submission.id(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                submission.roundNumber(), submission.actionType(), false, reason, List.of("R-ELIG-02"),
                ilze.id().value(), Instant.now());
        transaction.executeWithoutResult(status -> publisher.publishEvent(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM selection_candidate WHERE application_id = ? AND formally_eligible = FALSE")
                .param(submission.applicationId().value()).query(Integer.class).single() == 1);
    }

    String year() {
        return String.valueOf(key.callYear());
    }

    String round() {
        return String.valueOf(key.roundNumber());
    }

    String page(SubmissionSummary submission, SignedInUser officer) throws Exception {
        return mvc.perform(get("/agency/selection/applications/{id}", submission.applicationId()).with(user(officer))
                        .locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    int attempts(SubmissionSummary submission, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM selection_letter_attempt WHERE application_id = ? AND outcome = ?")
                .params(submission.applicationId().value(), outcome).query(Integer.class).single();
    }

    static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int mailedLetters() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM selection_decision d JOIN selection_candidate c
                            ON c.application_id = d.application_id
                        WHERE c.national_agency_code = ? AND c.call_year = ? AND c.round_number = ?
                            AND c.action_type = ? AND d.letter_mailed_at IS NOT NULL""")
                .params(key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType())
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
