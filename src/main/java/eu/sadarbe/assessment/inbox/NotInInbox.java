package eu.sadarbe.assessment.inbox;

import eu.sadarbe.applications.ApplicationId;

/** The application was not submitted to the officer's agency (or not at all): it is not found (404). */
public class NotInInbox extends RuntimeException {

    public NotInInbox(ApplicationId application) {
        super("No submitted application " + application + " in this agency's inbox");
    }
}
