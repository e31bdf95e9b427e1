package eu.sadarbe.submission.domain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import eu.sadarbe.submission.SubmissionSettings;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * The receipt e-mail to the person who submitted: number, digest and Brussels time, in their language, with a link
 * to the receipt page where the PDF is downloaded. Sent only when an SMTP server is configured
 * ({@code spring.mail.host}).
 */
@Component
public class ReceiptMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss (xxx)");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final SubmissionSettings settings;

    ReceiptMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, SubmissionSettings settings) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.settings = settings;
    }

    /** Whether receipts are e-mailed at all: an SMTP server is configured. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** False when no SMTP server is configured; throws when sending fails, so that the receipt is retried. */
    public boolean send(SubmissionSummary submission, String to, Locale locale) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, "UTF-8");
            mail.setFrom(settings.receiptFrom());
            mail.setTo(to);
            mail.setSubject(messages.getMessage("submission.mail.subject",
                    new Object[] {submission.applicationNumber()}, locale));
            mail.setText(messages.getMessage("submission.mail.body", new Object[] {submission.applicationNumber(),
                    submission.title() == null ? "" : submission.title(), TIME.format(submission.submittedAtBrussels()),
                    submission.sha256(), submission.nationalAgencyCode(), receiptPage(submission)}, locale));
        } catch (MessagingException malformed) {
            throw new MailPreparationException(malformed);
        }
        sender.send(message);
        return true;
    }

    private String receiptPage(SubmissionSummary submission) {
        return UriComponentsBuilder.fromUri(settings.siteUrl())
                .path("/applications/{id}/submissions/{submission}")
                .buildAndExpand(submission.applicationId(), submission.id()).toUriString();
    }
}
