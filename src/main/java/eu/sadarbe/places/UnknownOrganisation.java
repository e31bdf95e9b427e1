package eu.sadarbe.places;

import eu.sadarbe.shared.Refusal;

/** No registered organisation has this Organisation ID. */
public class UnknownOrganisation extends RuntimeException implements Refusal {

    private final String organisationId;

    public UnknownOrganisation(String organisationId) {
        super("No organisation has the Organisation ID " + organisationId);
        this.organisationId = organisationId;
    }

    public String organisationId() {
        return organisationId;
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "distances.problem.unknownOrganisation";
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return new Object[] {organisationId};
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:organisation-not-found";
    }

    @Override
    public String titleKey() {
        return "distances.problem.unknownOrganisationTitle";
    }
}
