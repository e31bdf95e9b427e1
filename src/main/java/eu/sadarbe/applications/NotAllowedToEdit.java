package eu.sadarbe.applications;

import eu.sadarbe.shared.Refusal;

/** The caller may view the application but not change it (or not do this: only the coordinator invites and withdraws). */
public class NotAllowedToEdit extends RuntimeException implements Refusal {

    public NotAllowedToEdit(ApplicationId id) {
        super("Not allowed to change application " + id);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }

    @Override
    public String messageKey() {
        return "applications.notAllowed.detail";
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:not-allowed-to-edit";
    }

    @Override
    public String titleKey() {
        return "applications.notAllowed.title";
    }
}
