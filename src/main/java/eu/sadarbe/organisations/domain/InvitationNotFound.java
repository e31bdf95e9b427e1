package eu.sadarbe.organisations.domain;

import java.util.UUID;

import eu.sadarbe.shared.Refusal;

/** No pending invitation with this id is addressed to the person asking (or it was answered or revoked meanwhile). */
public class InvitationNotFound extends RuntimeException implements Refusal {

    public InvitationNotFound(UUID id) {
        super("No pending invitation " + id);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "organisation.invitations.notFound";
    }
}
