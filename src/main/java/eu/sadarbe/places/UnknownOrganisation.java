package eu.sadarbe.places;

/** No registered organisation has this Organisation ID. */
public class UnknownOrganisation extends RuntimeException {

    private final String organisationId;

    public UnknownOrganisation(String organisationId) {
        super("No organisation has the Organisation ID " + organisationId);
        this.organisationId = organisationId;
    }

    public String organisationId() {
        return organisationId;
    }
}
