package eu.sadarbe.organisations.domain;

import eu.sadarbe.organisations.Oid;

/** The account does not act for the organisation (any more): there is nothing to remove. */
public class NotAUser extends RuntimeException {

    public NotAUser(Oid oid) {
        super("Not a user of " + oid);
    }
}
