package eu.sadarbe.assessment;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.inbox.InboxEntries;

/**
 * The back-office status the agency's inbox shows, for the later steps to move on: the experts' work starts
 * ({@link #assessmentStarted}), selection records its decision ({@link #decisionRecorded}). The formal check and
 * {@link AssessmentCompleted} move it here themselves. Callers record their own {@link AuditTrail} entry.
 */
@Service
public class BackOfficeStatuses {

    private final InboxEntries entries;

    BackOfficeStatuses(InboxEntries entries) {
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public Optional<BackOfficeStatus> of(ApplicationId application) {
        return entries.find(application).map(entry -> entry.status());
    }

    /** Experts were assigned: the application is ASSESSING. */
    @Transactional
    public void assessmentStarted(ApplicationId application) {
        entries.moveTo(application, BackOfficeStatus.ASSESSING);
    }

    /** R-AWD-05: selection decided; {@code decision} is SELECTED, RESERVE or REJECTED. */
    @Transactional
    public void decisionRecorded(ApplicationId application, BackOfficeStatus decision) {
        if (decision != BackOfficeStatus.SELECTED && decision != BackOfficeStatus.RESERVE
                && decision != BackOfficeStatus.REJECTED) {
            throw new IllegalArgumentException("Not a selection decision: " + decision);
        }
        entries.moveTo(application, decision);
    }
}
