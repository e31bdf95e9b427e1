package eu.sadarbe.organisations.domain;

import eu.sadarbe.organisations.Oid;
import eu.sadarbe.shared.Refusal;

/** Only the organisation's own users, officers of its country's National Agency and administrators change it. */
public class NotAllowedToChange extends RuntimeException implements Refusal {

    public NotAllowedToChange(Oid oid) {
        super("Not allowed to change " + oid);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }

    @Override
    public String messageKey() {
        return "organisation.problem.notAllowed";
    }
}
