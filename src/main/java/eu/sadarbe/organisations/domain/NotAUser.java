package eu.sadarbe.organisations.domain;

import eu.sadarbe.organisations.Oid;
import eu.sadarbe.shared.Refusal;

/** The account does not act for the organisation (any more): there is nothing to remove. */
public class NotAUser extends RuntimeException implements Refusal {

    public NotAUser(Oid oid) {
        super("Not a user of " + oid);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "organisation.users.notAUser";
    }
}
