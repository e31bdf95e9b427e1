package eu.sadarbe.applications;

import eu.sadarbe.shared.Refusal;

/** No such application, or none the caller may see: both answer the same, so ids reveal nothing. */
public class ApplicationNotFound extends RuntimeException implements Refusal {

    public ApplicationNotFound(ApplicationId id) {
        super("No application " + id);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "applications.notFound.detail";
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:application-not-found";
    }

    @Override
    public String titleKey() {
        return "applications.notFound.title";
    }
}
