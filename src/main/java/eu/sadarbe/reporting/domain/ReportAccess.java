package eu.sadarbe.reporting.domain;

import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.shared.Refusal;

/**
 * Who writes and reads a report, as grants and payments decide it: the project's people (those who may edit the
 * application, as the applications module decides) write it and those who may view it read it; the officers of the
 * agreement's agency read it. Nobody else, not even another agency's officers.
 */
@Component
public class ReportAccess {

    private final ApplicationRegister applications;

    ReportAccess(ApplicationRegister applications) {
        this.applications = applications;
    }

    public boolean mayWrite(SignedInUser user, ReportedProject project) {
        return applications.mayEdit(user.id(), project.applicationId());
    }

    public boolean mayRead(SignedInUser user, ReportedProject project) {
        return user.isOfficerOf(project.agencyCode()) || applications.mayView(user.id(), project.applicationId());
    }

    public void requireRead(SignedInUser user, ReportedProject project) {
        if (!mayRead(user, project)) {
            throw new NotAllowed("Only the project's people and its agency's officers read its reports");
        }
    }

    public void requireWrite(SignedInUser user, ReportedProject project) {
        if (!mayWrite(user, project)) {
            throw new NotAllowed("Only the project's people write its reports");
        }
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
            return "reporting.problem.forbidden";
        }
    }
}
