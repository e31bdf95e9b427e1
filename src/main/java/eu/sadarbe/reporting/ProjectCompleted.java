package eu.sadarbe.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.GrantAgreementId;

/**
 * The final grant of an agreement was settled after its final report (rules file section 6): the public results
 * summary (R-REP-02) in English and the project's language, the awarded and final grant, the report's score and
 * the R-RED-01 reduction share (0 when none). {@code lastOfProject} is true when every agreement of the application
 * is now completed (a KA229 project has one per school): the project counts as completed in the results and the
 * statistics from then on.
 */
public record ProjectCompleted(GrantAgreementId agreementId, ApplicationId applicationId, String applicationNumber,
                               String agencyCode, String actionType, int callYear, BigDecimal awardedTotal,
                               BigDecimal finalGrant, int reportScore, BigDecimal reductionShare,
                               String resultsSummaryEnglish, @Nullable String resultsSummaryOriginal,
                               String originalLanguage, LocalDate completedOn, boolean lastOfProject) {
}
