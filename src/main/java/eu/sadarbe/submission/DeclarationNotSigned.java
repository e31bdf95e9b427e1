package eu.sadarbe.submission;

import eu.sadarbe.applications.ApplicationId;

/**
 * The declaration of honour is not signed by someone acting for the applicant organisation, so the application
 * cannot be submitted (Programme Guide, Part C: an application without the signed declaration is not accepted).
 */
public class DeclarationNotSigned extends RuntimeException {

    private final ApplicationId application;

    public DeclarationNotSigned(ApplicationId application) {
        super("The declaration of honour of " + application + " is not signed");
        this.application = application;
    }

    public ApplicationId application() {
        return application;
    }
}
