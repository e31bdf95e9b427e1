package eu.sadarbe.submission.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.sadarbe.submission.ApplicationSubmitted;
import eu.sadarbe.submission.SubmissionSettings;

/**
 * What follows a submission after it committed: the receipt e-mail, and the PDF of the submitted application. A
 * failure here never touches the submission; the event stays incomplete in the publication registry and is tried
 * again later.
 *
 * <p>The PDF is made on its first download, not after each submission: rendering it costs more CPU than the
 * submission itself, and in the last minutes before a deadline it would compete with the submissions still coming
 * in (BENCHMARKS.md, "What limited the submissions"). The receipt e-mail links to the receipt page instead.
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
        if (ledger.receiptSentAt(submitted.submissionId()).isPresent()) {
            return;
        }
        SubmissionLedger.Receipt receipt = ledger.receipt(submitted.submissionId()).orElseThrow();
        if (mail.send(receipt.submission(), receipt.email(), Locale.forLanguageTag(receipt.language()))) {
            ledger.receiptSent(submitted.submissionId(), clock.instant());
        }
    }

    /**
     * The PDF of the submitted application, in the language the applicant submitted in: the stored one, or made now
     * from the frozen document and stored, so that every later download gets the same bytes. Two first downloads at
     * once both render; the first to store wins and the other's identical copy is simply returned.
     */
    public byte[] pdf(UUID submissionId) {
        return storedPdf(submissionId).orElseGet(() -> {
            SubmissionLedger.Receipt receipt = ledger.receipt(submissionId).orElseThrow();
            byte[] pdf = pdfs.render(receipt.submission(), receipt.canonicalJson(),
                    Locale.forLanguageTag(receipt.language()));
            try {
                jdbc.sql("INSERT INTO submission_pdf (submission_id, content, created_at) VALUES (?, ?, ?)")
                        .params(submissionId, pdf, Timestamp.from(clock.instant())).update();
            } catch (DuplicateKeyException storedMeanwhile) {
                return storedPdf(submissionId).orElse(pdf);
            }
            return pdf;
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

    private Optional<byte[]> storedPdf(UUID submissionId) {
        return jdbc.sql("SELECT content FROM submission_pdf WHERE submission_id = ?").param(submissionId)
                .query((row, number) -> row.getBytes(1)).optional();
    }
}
