package eu.sadarbe.organisations.domain;

import eu.sadarbe.organisations.Oid;

/** No organisation in the register has this Organisation ID. */
public class UnknownOrganisation extends RuntimeException {

    public UnknownOrganisation(Oid oid) {
        super("No organisation " + oid);
    }
}
