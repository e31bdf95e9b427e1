package eu.sadarbe.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.icegreen.greenmail.util.GreenMail;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.web.MailParts;

/**
 * The submission module with the modules it depends on directly or through them (applications, eligibility, budget,
 * calls, organisations, places, accounts, shared, web: the applications module's beans need the organisations
 * register, which submission does not use itself), no demo data, a real SMTP server (GreenMail, as in
 * {@link SubmissionTest}) and Spring Modulith's {@link Scenario}: submitting announces {@link ApplicationSubmitted}
 * with the number, digest and agency of the submission, and the announcement brings the receipt e-mail, also when an
 * earlier attempt to send it failed. A module test (issue #14, item 8), with MockMvc and the security chain of
 * accounts, so that the module's page and API tests ({@link ApplicationDocumentPdfTests} and others) share its context.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SubmissionTest.Configuration.class)
@AutoConfigureMockMvc
class SubmissionModuleTests {

    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired GreenMail greenMail;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void mailServerUp() {
        mailSender.setPort(greenMail.getSmtp().getPort());
    }

    @Test
    @DisplayName("R-SUB-01: an eligible application submitted before the deadline is announced with its number, digest and agency")
    void anEligibleApplicationSubmittedBeforeTheDeadlineIsAnnouncedWithItsNumberDigestAndAgency(Scenario scenario) {
        OwnApplicant applicant = OwnApplicant.register(accounts, registration);
        ApplicationSummary draft = applicant.draft(drafting, rounds, "Moduļa pieteikums");

        scenario.stimulate(() -> desk.submit(draft.id(), OptionalLong.empty(), "module-" + draft.id(),
                        applicant.signedIn()))
                .andWaitForEventOfType(ApplicationSubmitted.class)
                .matching(submitted -> submitted.applicationId().equals(draft.id()))
                .toArriveAndVerify((submitted, submission) -> {
                    assertThat(submitted.submissionId()).isEqualTo(submission.id());
                    assertThat(submitted.applicationNumber()).isEqualTo(submission.applicationNumber())
                            .startsWith("2020-9-LV01-KA202-");
                    assertThat(submitted.sha256()).isEqualTo(submission.sha256()).hasSize(64);
                    assertThat(submitted.submittedAt()).isEqualTo(submission.submittedAt());
                    assertThat(submitted.nationalAgencyCode()).as("R-ELIG-09: a Latvian KA202 applicant")
                            .isEqualTo("LV01");
                });
    }

    @Test
    void aReceiptThatCouldNotBeSentGoesOutWhenTheSubmissionIsAnnouncedAgain(Scenario scenario) throws IOException {
        OwnApplicant applicant = OwnApplicant.register(accounts, registration);
        ApplicationSummary draft = applicant.draft(drafting, rounds, "Kvīts pēc otrā mēģinājuma");
        mailSender.setPort(SubmissionReceiptTests.closedPort());
        SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), "module-" + draft.id(),
                applicant.signedIn());
        await().atMost(Duration.ofSeconds(30)).until(() -> failedReceipts(submission) == 1);
        assertThat(receiptOf(submission)).isEmpty();
        mailSender.setPort(greenMail.getSmtp().getPort());

        scenario.publish(new ApplicationSubmitted(submission.id(), draft.id(), submission.applicationNumber(),
                        submission.sha256(), submission.submittedAt(), submission.nationalAgencyCode()))
                .andWaitForStateChange(() -> receiptOf(submission), Optional::isPresent)
                .andVerify(receipt -> assertThat(textTo(receipt.orElseThrow(), applicant.account().email()))
                        .contains(submission.applicationNumber(), submission.sha256(), "(LV01)"));
    }

    Optional<MimeMessage> receiptOf(SubmissionSummary submission) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> SubmissionReceiptTests.subjectOf(message).contains(submission.applicationNumber()))
                .findFirst();
    }

    int failedReceipts(SubmissionSummary submission) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE status = 'FAILED' AND serialized_event LIKE ?")
                .param("%" + submission.id() + "%").query(Integer.class).single();
    }

    /** The mail's text, once it is clear that it went to this address alone. */
    static String textTo(MimeMessage mail, String address) {
        try {
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(address);
            return MailParts.text(mail);
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
