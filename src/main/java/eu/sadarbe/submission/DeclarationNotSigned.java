package eu.sadarbe.submission;

import eu.sadarbe.applications.ApplicationId;

/**
 * The declaration of honour is not signed by someone acting for the applicant organisation, so the application
 * cannot be submitted (Programme Guide, Part C: an application without the signed declaration is not accepted).
 */
public class DeclarationNotSigned extends RuntimeException {

    private final ApplicationId application;
    private final boolean outdated;

    public DeclarationNotSigned(ApplicationId application) {
        this(application, false);
    }

    /** {@code outdated}: it was signed, for an earlier version of the document, and must be signed again. */
    public DeclarationNotSigned(ApplicationId application, boolean outdated) {
        super("The declaration of honour of " + application + (outdated ? " covers an earlier version" : " is not signed"));
        this.application = application;
        this.outdated = outdated;
    }

    public boolean outdated() {
        return outdated;
    }

    public ApplicationId application() {
        return application;
    }
}
