package eu.sadarbe.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationDocumentReader;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.submission.domain.SubmissionLedger;

/**
 * What was submitted to a National Agency, for the agency's back office: the submission that counts per
 * application (the last, R-SUB-01) and its frozen document. Callers check that the reader belongs to the agency.
 */
@Service
public class SubmittedApplications {

    private final SubmissionLedger ledger;
    private final ApplicationDocumentReader reader;

    SubmittedApplications(SubmissionLedger ledger, ApplicationDocumentReader reader) {
        this.ledger = ledger;
        this.reader = reader;
    }

    /** The latest submission of every application routed to the agency, oldest application number first. */
    @Transactional(readOnly = true)
    public List<SubmissionSummary> routedTo(String nationalAgencyCode) {
        return ledger.latestRoutedTo(nationalAgencyCode);
    }

    /** The submission that counts for the application, with its frozen document; empty when never submitted. */
    @Transactional(readOnly = true)
    public Optional<SubmittedApplication> latestOf(ApplicationId id) {
        List<SubmissionSummary> all = ledger.of(id);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return ledger.receipt(all.get(all.size() - 1).id()).map(receipt -> new SubmittedApplication(
                receipt.submission(), reader.read(receipt.canonicalJson()), receipt.canonicalJson(), receipt.email(),
                receipt.language()));
    }
}
