package eu.sadarbe.reporting;

import java.time.Instant;
import java.time.LocalDate;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.GrantAgreementId;

/** The project sent its report to the agency, on time or not ({@code dueOn} is the R-REP-01 date for a final one). */
public record ReportSubmitted(ReportId reportId, ReportKind kind, GrantAgreementId agreementId,
                              ApplicationId applicationId, String applicationNumber, String agencyCode,
                              LocalDate dueOn, Instant submittedAt, String submittedBy) {
}
