package eu.sadarbe.applications;

/**
 * An invitation to a draft as the inviter sees it: the address and the access, the same whether or not the address
 * belongs to an account yet, so that inviting never tells who has one (issue #12).
 */
public record Invitation(String email, Access access) {
}
