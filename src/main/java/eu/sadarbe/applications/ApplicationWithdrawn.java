package eu.sadarbe.applications;

/** A withdrawn application can be neither changed nor submitted. */
public class ApplicationWithdrawn extends RuntimeException {

    public ApplicationWithdrawn(ApplicationId id) {
        super("Application " + id + " was withdrawn");
    }
}
