package eu.sadarbe.grants.domain;

import java.time.Instant;

/** One step in the agreement's audit trail: when, who, what ({@code grants.audit.<action>}) and its detail. */
public record AuditEntry(Instant at, String actor, String action, String detail) {
}
