package eu.sadarbe.applications;

import java.time.Instant;

/** A user of a partner organisation was invited, by e-mail address, to see or edit a draft. */
public record PartnerInvited(ApplicationId application, String email, Access access, Instant at) {
}
