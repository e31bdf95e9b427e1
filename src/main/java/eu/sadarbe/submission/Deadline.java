package eu.sadarbe.submission;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

import eu.sadarbe.calls.CallRoundSummary;

/**
 * The deadline that applies to one application (R-SUB-01, R-SUB-02): its round's effective deadline, or its
 * individual extension when that is later. Open up to the last second before it, judged in Brussels time.
 */
public record Deadline(ZonedDateTime moment, boolean individuallyExtended) {

    public static Deadline of(CallRoundSummary round, Optional<IndividualExtension> extension) {
        ZonedDateTime roundDeadline = round.effectiveDeadline();
        return extension.map(IndividualExtension::deadline)
                .filter(individual -> individual.isAfter(roundDeadline))
                .map(individual -> new Deadline(individual, true))
                .orElse(new Deadline(roundDeadline, false));
    }

    public boolean isOpenAt(Instant now) {
        return now.isBefore(moment.toInstant());
    }
}
