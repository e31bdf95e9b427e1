package eu.sadarbe.submission.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.submission.ApplicationSubmitted;
import eu.sadarbe.submission.SubmissionSettings;

/**
 * The slow part of a submission, after it committed: the PDF and the receipt e-mail. A failure here never touches
 * the submission; the event stays incomplete in the publication registry and is tried again later.
 */
@Component
public class SubmissionReceipts {

    private final SubmissionLedger ledger;
    private final ApplicationPdf pdfs;
    private final ReceiptMail mail;
    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;
    private final SubmissionSettings settings;
    private final Clock clock;

    SubmissionReceipts(SubmissionLedger ledger, ApplicationPdf pdfs, ReceiptMail mail, JdbcClient jdbc,
                       IncompleteEventPublications incomplete, SubmissionSettings settings, Clock clock) {
        this.ledger = ledger;
        this.pdfs = pdfs;
        this.mail = mail;
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        SubmissionLedger.Receipt receipt = ledger.receipt(submitted.submissionId()).orElseThrow();
        Locale language = Locale.forLanguageTag(receipt.language());
        byte[] pdf = storedPdf(submitted.submissionId()).orElseGet(() -> store(receipt, language));
        if (ledger.receiptSentAt(submitted.submissionId()).isEmpty()
                && mail.send(receipt.submission(), receipt.email(), language, pdf)) {
            ledger.receiptSent(submitted.submissionId(), clock.instant());
        }
    }

    /** The stored PDF, or one made now from the frozen document (before the listener has run). */
    @Transactional(readOnly = true)
    public byte[] pdf(UUID submissionId, Locale locale) {
        return storedPdf(submissionId).orElseGet(() -> {
            SubmissionLedger.Receipt receipt = ledger.receipt(submissionId).orElseThrow();
            return pdfs.render(receipt.submission(), receipt.canonicalJson(), locale);
        });
    }

    /** Receipts that failed (SMTP down) are tried again, on one node at a time. */
    @Scheduled(fixedDelayString = "${sadarbe.submission.retry-receipts-after:PT5M}")
    @SchedulerLock(name = "submission-receipts")
    void retryFailedReceipts() {
        Duration age = settings.retryReceiptsAfter();
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof ApplicationSubmitted
                && publication.getPublicationDate().isBefore(clock.instant().minus(age)));
    }

    private byte[] store(SubmissionLedger.Receipt receipt, Locale language) {
        byte[] pdf = pdfs.render(receipt.submission(), receipt.canonicalJson(), language);
        jdbc.sql("INSERT INTO submission_pdf (submission_id, content, created_at) VALUES (?, ?, ?)")
                .params(receipt.submission().id(), pdf, Timestamp.from(clock.instant())).update();
        return pdf;
    }

    private Optional<byte[]> storedPdf(UUID submissionId) {
        return jdbc.sql("SELECT content FROM submission_pdf WHERE submission_id = ?").param(submissionId)
                .query((row, number) -> row.getBytes(1)).optional();
    }
}
