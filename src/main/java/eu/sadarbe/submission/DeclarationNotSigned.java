package eu.sadarbe.submission;

import java.util.Map;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.shared.Refusal;

/**
 * The declaration of honour is not signed by someone acting for the applicant organisation, so the application
 * cannot be submitted (Programme Guide, Part C: an application without the signed declaration is not accepted).
 */
public class DeclarationNotSigned extends RuntimeException implements Refusal {

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

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String messageKey() {
        return outdated ? "submission.problem.declarationOutdated" : "submission.problem.declaration";
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:declaration-not-signed";
    }

    @Override
    public String titleKey() {
        return messageKey() + "Title";
    }

    /** The stable code DECLARATION_NOT_SIGNED and the page where the declaration is signed. */
    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("code", "DECLARATION_NOT_SIGNED", "signedForAnEarlierVersion", outdated,
                "declarationPage", "/applications/" + application + "/sections/declaration");
    }
}
