package eu.sadarbe.assessment.experts;

import java.time.Instant;
import java.util.UUID;

import eu.sadarbe.accounts.AccountId;

/** A recorded relation of an expert with an organisation (worked for it, worked with it): a conflict of interest. */
public record ExpertRelation(UUID id, AccountId expertId, String organisationOid, String note, String recordedBy,
                             Instant recordedAt) {
}
