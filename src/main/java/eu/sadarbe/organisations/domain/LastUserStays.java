package eu.sadarbe.organisations.domain;

import eu.sadarbe.organisations.Oid;

/** The organisation's last user cannot leave or be removed: nobody would be left to keep its record. */
public class LastUserStays extends RuntimeException {

    public LastUserStays(Oid oid) {
        super("The last user of " + oid + " stays");
    }
}
