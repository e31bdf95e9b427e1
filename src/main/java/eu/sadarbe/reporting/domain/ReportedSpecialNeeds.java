package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Real costs of support for a participant with special needs (R-FIN-10), linked to the activity (and participant)
 * it served so that an ineligible activity takes it along (R-RED-02); {@code evidence} is an uploaded file's id.
 */
public record ReportedSpecialNeeds(String id, String organisation, @Nullable String activity,
                                   @Nullable String participant, BigDecimal amount, @Nullable String evidence) {
}
