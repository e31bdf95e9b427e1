package eu.sadarbe.reporting.domain;

import java.time.Instant;

/** R-RED-02: a report line the officer found ineligible, why, by whom and when. */
public record IneligibleLine(String lineId, String reason, String markedBy, Instant markedAt) {
}
