package eu.sadarbe.organisations.domain;

import eu.sadarbe.organisations.Oid;
import eu.sadarbe.shared.Refusal;

/** The organisation's last user cannot leave or be removed: nobody would be left to keep its record. */
public class LastUserStays extends RuntimeException implements Refusal {

    public LastUserStays(Oid oid) {
        super("The last user of " + oid + " stays");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String messageKey() {
        return "organisation.users.lastUser";
    }
}
