package eu.sadarbe.payments.domain;

import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;

/**
 * Who sees and changes payments: the people of the project's organisations (those who may view its application, as
 * the applications module decides) read its payments; the officers of the agreement's agency read and record them.
 * Nobody else, not even another agency's officers.
 */
@Component
public class PaymentAccess {

    private final ApplicationRegister applications;

    PaymentAccess(ApplicationRegister applications) {
        this.applications = applications;
    }

    public boolean isOfficerOf(SignedInUser user, String agencyCode) {
        return user.has(Role.NA_OFFICER) && agencyCode.equals(user.nationalAgencyCode());
    }

    public boolean mayRead(SignedInUser user, AgreementTerms agreement) {
        return isOfficerOf(user, agreement.agencyCode()) || applications.mayView(user.id(), agreement.applicationId());
    }

    public void requireOfficerOf(SignedInUser user, String agencyCode) {
        if (!isOfficerOf(user, agencyCode)) {
            throw new NotAllowed("Only an officer of agency " + agencyCode + " handles its payments");
        }
    }

    /** Refused: 403 on the API, a refusal page otherwise. */
    public static class NotAllowed extends RuntimeException {
        public NotAllowed(String message) {
            super(message);
        }
    }
}
