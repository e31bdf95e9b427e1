package eu.sadarbe.applications;

import eu.sadarbe.shared.Refusal;

/** A withdrawn application can be neither changed nor submitted. */
public class ApplicationWithdrawn extends RuntimeException implements Refusal {

    public ApplicationWithdrawn(ApplicationId id) {
        super("Application " + id + " was withdrawn");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return "applications.withdrawn.detail";
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:application-withdrawn";
    }

    @Override
    public String titleKey() {
        return "applications.withdrawn.title";
    }
}
