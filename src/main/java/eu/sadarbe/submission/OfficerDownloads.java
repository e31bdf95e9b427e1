package eu.sadarbe.submission;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.SignedInUser;

/**
 * An agency officer's download of a submitted application is kept in the security event log: who took which
 * applicant's document, when and from where. Applicants' downloads of their own are not.
 */
@Component
public class OfficerDownloads {

    private final SecurityEvents events;

    OfficerDownloads(SecurityEvents events) {
        this.events = events;
    }

    public void downloaded(SignedInUser user, SubmissionSummary submission, String format) {
        if (!user.has(Role.NA_OFFICER)) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("application", submission.applicationId().toString());
        detail.put("applicationNumber", submission.applicationNumber());
        detail.put("submission", submission.id().toString());
        detail.put("format", format);
        detail.put("nationalAgency", user.nationalAgencyCode());
        events.record(SecurityEventKind.SUBMISSION_DOWNLOADED, user.id(), user.email(), detail);
    }
}
