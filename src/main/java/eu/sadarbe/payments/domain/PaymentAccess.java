package eu.sadarbe.payments.domain;

import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.shared.Refusal;

/**
 * Who sees and changes payments: the people of the project's organisations (those who may view its application, as
 * the applications module decides) read its payments; the officers of the agreement's agency read and record them
 * ({@link SignedInUser#requireOfficerOf}). Nobody else, not even another agency's officers.
 */
@Component
public class PaymentAccess {

    private final ApplicationRegister applications;

    PaymentAccess(ApplicationRegister applications) {
        this.applications = applications;
    }

    public boolean mayRead(SignedInUser user, AgreementTerms agreement) {
        return user.isOfficerOf(agreement.agencyCode()) || applications.mayView(user.id(), agreement.applicationId());
    }

    /** Refused: 403 on the API, a refusal page otherwise. */
    public static class NotAllowed extends RuntimeException implements Refusal {
        public NotAllowed(String message) {
            super(message);
        }

        @Override
        public Kind kind() {
            return Kind.FORBIDDEN;
        }

        @Override
        public String messageKey() {
            return "payments.problem.forbidden";
        }
    }
}
