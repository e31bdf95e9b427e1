package eu.sadarbe.places;

/** An Organisation ID was given, but no organisations register is there yet to say where it is. */
public class OrganisationLocationsUnavailable extends RuntimeException {

    private final String organisationId;

    public OrganisationLocationsUnavailable(String organisationId) {
        super("Organisation IDs cannot be resolved yet: " + organisationId);
        this.organisationId = organisationId;
    }

    public String organisationId() {
        return organisationId;
    }
}
