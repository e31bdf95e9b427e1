package eu.sadarbe.organisations.domain;

import java.util.UUID;

/** No pending invitation with this id is addressed to the person asking (or it was answered or revoked meanwhile). */
public class InvitationNotFound extends RuntimeException {

    public InvitationNotFound(UUID id) {
        super("No pending invitation " + id);
    }
}
