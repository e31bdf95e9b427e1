package eu.sadarbe.submission;

import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationNotFound;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.submission.domain.SubmissionLedger;

/**
 * Who may do what with an application's submissions: applicants who may edit it submit it; those who may view it
 * see its submissions; an agency officer sees only applications routed to their agency (R-ELIG-09), and only once
 * submitted: a draft is the applicants' own (issue 12). The officer may still extend a draft's deadline (R-SUB-02).
 */
@Component
class SubmissionAccess {

    private final ApplicationRegister applications;
    private final ReferenceData reference;
    private final SubmissionLedger ledger;

    SubmissionAccess(ApplicationRegister applications, ReferenceData reference, SubmissionLedger ledger) {
        this.applications = applications;
        this.reference = reference;
        this.ledger = ledger;
    }

    boolean maySubmit(SignedInUser user, ApplicationId id) {
        return user.has(Role.APPLICANT) && applications.mayEdit(user.id(), id);
    }

    boolean mayExtend(SignedInUser user, ApplicationId id) {
        return isOfficerOfRoutedAgency(user, existing(id));
    }

    void requireSubmitter(SignedInUser user, ApplicationId id) {
        existing(id);
        if (!maySubmit(user, id)) {
            throw new NotAllowedToSubmit("Only those who act for the application's organisations may submit it");
        }
    }

    void requireViewer(SignedInUser user, ApplicationId id) {
        ApplicationSummary application = existing(id);
        boolean officerOfSubmitted = isOfficerOfRoutedAgency(user, application) && !ledger.of(id).isEmpty();
        if (!(applications.mayView(user.id(), id) || officerOfSubmitted)) {
            throw new NotAllowedToSubmit("Only the applicants and the officers of its National Agency see it");
        }
    }

    void requireOfficerOfRoutedAgency(SignedInUser user, ApplicationId id) {
        if (!isOfficerOfRoutedAgency(user, existing(id))) {
            throw new NotAllowedToSubmit("Only an officer of the application's National Agency may do this");
        }
    }

    /** R-ELIG-09: the agency of the applicant's country that receives the action type in that call year. */
    Optional<String> routedAgency(ApplicationSummary application) {
        return reference.agencyFor(CountryCode.of(application.applicantCountry()), application.actionType(),
                application.callYear()).map(NationalAgency::code);
    }

    private boolean isOfficerOfRoutedAgency(SignedInUser user, ApplicationSummary application) {
        String agency = user.nationalAgencyCode();
        return user.has(Role.NA_OFFICER) && agency != null && routedAgency(application).filter(agency::equals).isPresent();
    }

    private ApplicationSummary existing(ApplicationId id) {
        return applications.find(id).orElseThrow(() -> new ApplicationNotFound(id));
    }
}
