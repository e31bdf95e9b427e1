package eu.sadarbe.submission;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import eu.sadarbe.calls.CallRoundSummary;

/** R-SUB-02: a later deadline for one application, in Brussels time, with the officer's reason. */
public record IndividualExtension(UUID id, UUID applicationId, String nationalAgencyCode,
                                  LocalDateTime deadlineBrussels, String reason, String grantedBy, Instant grantedAt) {

    public ZonedDateTime deadline() {
        return deadlineBrussels.atZone(CallRoundSummary.BRUSSELS);
    }
}
