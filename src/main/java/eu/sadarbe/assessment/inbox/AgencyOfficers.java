package eu.sadarbe.assessment.inbox;

import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/** Who may work in an agency's back office: its own officers only (never another agency's, an expert or applicant). */
@Component
class AgencyOfficers {

    /** The officer's agency code; throws {@link NotAnOfficerOfAgency} for anyone who is not an agency officer. */
    String agencyOf(SignedInUser user) {
        String agency = user.nationalAgencyCode();
        if (!user.has(Role.NA_OFFICER) || agency == null) {
            throw new NotAnOfficerOfAgency("an agency");
        }
        return agency;
    }

    /** For the agency's REST API: the path's agency must be the officer's own. */
    String requireOfficerOf(SignedInUser user, String agency) {
        if (!agency.equals(user.nationalAgencyCode()) || !user.has(Role.NA_OFFICER)) {
            throw new NotAnOfficerOfAgency(agency);
        }
        return agency;
    }
}
