package eu.sadarbe.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.inbox.Inbox;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.assessment.inbox.InboxEntry;

/**
 * The back-office status the agency's inbox shows, for the later steps to read and move on: the experts' work
 * starts ({@link #assessmentStarted}), selection records its decision ({@link #decisionRecorded}). The formal
 * check and {@link AssessmentCompleted} move it here themselves. Callers record their own {@link AuditTrail} entry
 * and check the caller's role and agency themselves.
 */
@Service
public class BackOfficeStatuses {

    private final InboxEntries entries;
    private final Inbox inbox;

    BackOfficeStatuses(InboxEntries entries, Inbox inbox) {
        this.entries = entries;
        this.inbox = inbox;
    }

    @Transactional(readOnly = true)
    public Optional<BackOfficeStatus> of(ApplicationId application) {
        return entries.find(application).map(InboxEntry::status);
    }

    @Transactional(readOnly = true)
    public Optional<BackOfficeApplication> application(ApplicationId application) {
        return entries.find(application).map(BackOfficeStatuses::view);
    }

    /** Every application of the agency's round and action type in the back office, by application number. */
    @Transactional
    public List<BackOfficeApplication> applications(String nationalAgencyCode, int callYear, int roundNumber,
                                                    String actionType) {
        inbox.catchUp(nationalAgencyCode);
        return entries.of(nationalAgencyCode, callYear, roundNumber, actionType).stream()
                .map(BackOfficeStatuses::view).toList();
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

    /**
     * The application's decision letter was issued: the round dashboard counts it among the letters sent (the caller
     * records the {@code selection.letterIssued} audit entry, which the inbox's filter by stage reads).
     */
    @Transactional
    public void letterIssued(ApplicationId application) {
        entries.letterIssued(application);
    }

    private static BackOfficeApplication view(InboxEntry entry) {
        return new BackOfficeApplication(entry.applicationId(), entry.submissionId(), entry.applicationNumber(),
                entry.nationalAgencyCode(), entry.callYear(), entry.roundNumber(), entry.actionType(), entry.title(),
                entry.applicantName(), entry.applicantCountry(), entry.submittedAt(), entry.requestedGrant(),
                entry.status(), entry.finalScore());
    }
}
