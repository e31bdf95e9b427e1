package eu.sadarbe.accounts;

import eu.sadarbe.shared.Refusal;

/**
 * Only an officer of the National Agency concerned may do this: not another agency's officer, an expert or an
 * applicant. The one refusal of {@link SignedInUser#requireOfficerOf(String)} for every module (403).
 */
public class NotAnOfficerOfAgency extends RuntimeException implements Refusal {

    public NotAnOfficerOfAgency(String nationalAgencyCode) {
        super("Not an officer of " + nationalAgencyCode);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }

    @Override
    public String messageKey() {
        return "accounts.problem.notAnOfficerOfAgency";
    }

    @Override
    public String problemType() {
        return "https://sadarbe.eu/problems/not-an-officer-of-agency";
    }
}
