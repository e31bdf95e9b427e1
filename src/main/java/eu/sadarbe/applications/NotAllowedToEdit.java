package eu.sadarbe.applications;

/** The caller may view the application but not change it (or not do this: only the coordinator invites and withdraws). */
public class NotAllowedToEdit extends RuntimeException {

    public NotAllowedToEdit(ApplicationId id) {
        super("Not allowed to change application " + id);
    }
}
