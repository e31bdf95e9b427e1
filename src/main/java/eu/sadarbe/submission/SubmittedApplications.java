package eu.sadarbe.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationNotFound;
import eu.sadarbe.applications.document.ApplicationDocumentReader;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.submission.domain.SubmissionLedger;

/**
 * What was submitted to a National Agency, for the agency's back office: the submission that counts per
 * application (the last, R-SUB-01) and its frozen document. Callers check that the reader belongs to the agency.
 */
@Service
public class SubmittedApplications {

    private final SubmissionLedger ledger;
    private final ApplicationDocumentReader reader;
    private final RuleBook rules;

    SubmittedApplications(SubmissionLedger ledger, ApplicationDocumentReader reader, RuleBook rules) {
        this.ledger = ledger;
        this.reader = reader;
        this.rules = rules;
    }

    /** The latest submission of every application routed to the agency, oldest application number first. */
    @Transactional(readOnly = true)
    public List<SubmissionSummary> routedTo(String nationalAgencyCode) {
        return ledger.latestRoutedTo(nationalAgencyCode);
    }

    /**
     * How many submissions were ever routed to the agency: it only grows, as no submission is deleted (R-SUB-01), so a
     * reader that saw this many has seen every one (one index-only count, whatever the year's data).
     */
    @Transactional(readOnly = true)
    public long countRoutedTo(String nationalAgencyCode) {
        return ledger.countRoutedTo(nationalAgencyCode);
    }

    /**
     * Issue 13, item 14: the application's latest submission is checked and budgeted from now on with the figures in
     * force now, corrections made since it was submitted included. Only the agency's officer does this, on purpose
     * and audited (the caller's job); returns the revision before and after.
     */
    @Transactional
    public FigureRevisions reapplyCurrentFigures(ApplicationId id) {
        SubmittedApplication latest = latestOf(id).orElseThrow(() -> new ApplicationNotFound(id));
        long now = rules.currentRevision();
        ledger.keepRevision(latest.submission().id(), now);
        return new FigureRevisions(latest.ruleRevision(), now);
    }

    /** The revision of the figures a submission was checked with before, and the one it is checked with now. */
    public record FigureRevisions(long before, long after) {
    }

    /** The submission that counts for the application, with its frozen document; empty when never submitted. */
    @Transactional(readOnly = true)
    public Optional<SubmittedApplication> latestOf(ApplicationId id) {
        return ledger.latestReceipt(id).map(receipt -> new SubmittedApplication(
                receipt.submission(), reader.read(receipt.canonicalJson()), receipt.canonicalJson(), receipt.email(),
                receipt.language(), receipt.ruleRevision()));
    }
}
