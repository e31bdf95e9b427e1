package eu.sadarbe.reporting.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;

/**
 * A report as monitoring sees it: its due date and status, and what it claimed when submitted ({@code reported},
 * null until then or when it could not be computed).
 */
public record ReportState(ReportId id, GrantAgreementId agreementId, ReportKind kind, ReportStatus status,
                          LocalDate dueOn, @Nullable Instant submittedAt, @Nullable BigDecimal reported) {

    /** Still open after its due date (R-REP-01 for a final report). */
    public boolean isOverdue(LocalDate today) {
        return status == ReportStatus.OPEN && today.isAfter(dueOn);
    }
}
