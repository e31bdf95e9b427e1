package eu.sadarbe.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A funded project as the programme makes it public: what was selected (R-AWD-05), the grant awarded and, once the
 * agreement is in force, contracted (rules file section 6), and the planned dates. No personal data, no scores.
 * {@code summaryEnglish} is null when the application gave no English text; {@code originalLanguage} is the language
 * the application was submitted in. {@code completedOn}, {@code finalGrant} and the public results summary of the final
 * report (R-REP-02, English and the project's language) come with reporting's {@code ProjectCompleted} once the
 * last agreement of the project is settled.
 */
public record PublicProject(UUID applicationId, String applicationNumber, String title, String originalLanguage,
                            @Nullable String summaryOriginal, @Nullable String summaryEnglish, String actionType,
                            String field, int callYear, int roundNumber, String agencyCode,
                            String coordinatorCountry, List<String> priorities, BigDecimal grantedAmount,
                            Instant awardedAt, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
                            @Nullable String agreementNumber, @Nullable BigDecimal contractedAmount,
                            @Nullable LocalDate inForceOn, Instant updatedAt, @Nullable LocalDate completedOn,
                            @Nullable BigDecimal finalGrant, @Nullable String resultsSummaryEnglish,
                            @Nullable String resultsSummaryOriginal, @Nullable String resultsLanguage) {

    public PublicProject {
        priorities = List.copyOf(priorities);
    }

    /** The amount of the grant: the contracted total once an agreement is in force, else the amount selected. */
    public BigDecimal amountAwarded() {
        return contractedAmount != null ? contractedAmount : grantedAmount;
    }

    /**
     * Completed once the final grant of its last agreement is settled after the final report (reporting's
     * {@code ProjectCompleted}); ongoing until then, also between its end and the settlement. {@code today} is kept
     * for the callers; {@link #endedBy(LocalDate)} tells whether the activities are over.
     */
    public ProjectStatus statusOn(LocalDate today) {
        return completedOn != null ? ProjectStatus.COMPLETED : ProjectStatus.ONGOING;
    }

    /** Its planned end (the agreement's, else the application's) is before {@code today}. */
    public boolean endedBy(LocalDate today) {
        return plannedEnd != null && plannedEnd.isBefore(today);
    }

    /** A participating organisation, identified by its Organisation ID (or PIC up to 2019). */
    public record Member(String name, String organisationId, String country, @Nullable String city, String role) {

        public boolean coordinator() {
            return "APPLICANT".equals(role);
        }
    }

    /** A payment of the grant made by the agency (payments' {@code PaymentMade}); a recovery is negative. */
    public record Disbursement(UUID paymentOrderId, String kind, BigDecimal amount, LocalDate paidOn) {
    }

    /** A link to one of the project's results and what the weekly check found. */
    public record ResultLink(UUID id, String label, String url, @Nullable Instant checkedAt, boolean broken,
                             @Nullable String detail) {
    }
}
