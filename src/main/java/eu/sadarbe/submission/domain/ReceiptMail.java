package eu.sadarbe.submission.domain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.submission.SubmissionSettings;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.web.Mail;
import eu.sadarbe.web.Mails;

/**
 * The receipt e-mail to the person who submitted: number, digest and Brussels time, in their language, with a link
 * to the receipt page where the PDF is downloaded. Sent only when an SMTP server is configured
 * ({@code spring.mail.host}); replies go to the receiving National Agency where one is set ({@link Mails}). The
 * agency is named in the recipient's language (issue 17, item 7).
 */
@Component
public class ReceiptMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss (xxx)");

    private final Mails mails;
    private final SubmissionSettings settings;
    private final RuleBook rules;

    ReceiptMail(Mails mails, SubmissionSettings settings, RuleBook rules) {
        this.mails = mails;
        this.settings = settings;
        this.rules = rules;
    }

    /** Whether receipts are e-mailed at all: an SMTP server is configured. */
    public boolean configured() {
        return mails.configured();
    }

    /** False when no SMTP server is configured; throws when sending fails, so that the receipt is retried. */
    public boolean send(SubmissionSummary submission, String to, Locale locale) {
        return mails.send(Mail.to(to, locale)
                .template("submission/mail/receipt", "submission.mail.subject", submission.applicationNumber())
                .with("number", submission.applicationNumber())
                .with("title", submission.title() == null ? "" : submission.title())
                .with("submittedAt", TIME.format(submission.submittedAtBrussels()))
                .with("sha256", submission.sha256())
                .with("agency", agencyName(submission.nationalAgencyCode(), locale))
                .with("receiptPage", receiptPage(submission))
                .fromAgency(submission.nationalAgencyCode()));
    }

    /** The agency's name in the recipient's language with its code: "Valsts izglītības attīstības aģentūra (LV01)". */
    private String agencyName(String code, Locale locale) {
        return rules.agency(code)
                .map(agency -> ("lv".equals(locale.getLanguage()) ? agency.name() : agency.nameEn()) + " (" + code + ")")
                .orElse(code);
    }

    private String receiptPage(SubmissionSummary submission) {
        return UriComponentsBuilder.fromUri(settings.siteUrl())
                .path("/applications/{id}/submissions/{submission}")
                .buildAndExpand(submission.applicationId(), submission.id()).toUriString();
    }
}
