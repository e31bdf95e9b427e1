package eu.sadarbe.organisations.domain;

import eu.sadarbe.organisations.Oid;
import eu.sadarbe.shared.Refusal;

/** No organisation in the register has this Organisation ID. */
public class UnknownOrganisation extends RuntimeException implements Refusal {

    public UnknownOrganisation(Oid oid) {
        super("No organisation " + oid);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "organisation.problem.unknown";
    }
}
