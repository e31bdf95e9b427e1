package eu.sadarbe.reporting.domain;

import java.time.Instant;

/** One step in a report's trail: when, who, what ({@code reporting.audit.<action>}) and its detail. */
public record ReportAuditEntry(Instant at, String actor, String action, String detail) {
}
