package eu.sadarbe.selection.domain;

/** No ranked, failed or rejected application with this id is known to selection. */
public class UnknownApplication extends RuntimeException {

    public UnknownApplication() {
        super("Unknown application");
    }
}
