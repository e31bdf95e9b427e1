package eu.sadarbe.assessment.inbox;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.shared.Refusal;

/** The application was not submitted to the officer's agency (or not at all): it is not found (404). */
public class NotInInbox extends RuntimeException implements Refusal {

    public NotInInbox(ApplicationId application) {
        super("No submitted application " + application + " in this agency's inbox");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "backoffice.problem.notFound";
    }
}
