package eu.sadarbe.assessment.experts;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/** Only an officer of the National Agency concerned may do this. */
public class OutsideYourAgency extends RuntimeException {

    public OutsideYourAgency() {
        super("Only an officer of the agency may do this");
    }

    public static void unlessOfficerOf(SignedInUser user, String nationalAgencyCode) {
        if (!user.has(Role.NA_OFFICER) || !nationalAgencyCode.equals(user.nationalAgencyCode())) {
            throw new OutsideYourAgency();
        }
    }

    public static String agencyOf(SignedInUser user) {
        String code = user.nationalAgencyCode();
        if (!user.has(Role.NA_OFFICER) || code == null) {
            throw new OutsideYourAgency();
        }
        return code;
    }
}
