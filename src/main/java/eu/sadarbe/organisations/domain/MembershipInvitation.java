package eu.sadarbe.organisations.domain;

import java.time.Instant;
import java.util.UUID;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.organisations.Oid;

/**
 * An invitation to act for an organisation, addressed to an e-mail address by one of its users; the person
 * acts for it only once they accept (issue 12).
 */
public record MembershipInvitation(UUID id, Oid oid, String legalName, String email, AccountId invitedBy,
                                   Instant invitedAt, Status status) {

    public enum Status {
        PENDING, ACCEPTED, DECLINED, REVOKED
    }
}
