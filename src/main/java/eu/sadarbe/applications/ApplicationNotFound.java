package eu.sadarbe.applications;

/** No such application, or none the caller may see: both answer the same, so ids reveal nothing. */
public class ApplicationNotFound extends RuntimeException {

    public ApplicationNotFound(ApplicationId id) {
        super("No application " + id);
    }
}
