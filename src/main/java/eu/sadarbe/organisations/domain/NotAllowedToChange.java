package eu.sadarbe.organisations.domain;

import eu.sadarbe.organisations.Oid;

/** Only the organisation's own users, officers of its country's National Agency and administrators change it. */
public class NotAllowedToChange extends RuntimeException {

    public NotAllowedToChange(Oid oid) {
        super("Not allowed to change " + oid);
    }
}
