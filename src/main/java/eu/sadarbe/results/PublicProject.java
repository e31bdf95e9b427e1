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
 * the application was submitted in.
 */
public record PublicProject(UUID applicationId, String applicationNumber, String title, String originalLanguage,
                            @Nullable String summaryOriginal, @Nullable String summaryEnglish, String actionType,
                            String field, int callYear, int roundNumber, String agencyCode,
                            String coordinatorCountry, List<String> priorities, BigDecimal grantedAmount,
                            Instant awardedAt, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
                            @Nullable String agreementNumber, @Nullable BigDecimal contractedAmount,
                            @Nullable LocalDate inForceOn, Instant updatedAt) {

    public PublicProject {
        priorities = List.copyOf(priorities);
    }

    /** The amount of the grant: the contracted total once an agreement is in force, else the amount selected. */
    public BigDecimal amountAwarded() {
        return contractedAmount != null ? contractedAmount : grantedAmount;
    }

    /** Completed once its planned end (the agreement's, else the application's) is before {@code today}. */
    public ProjectStatus statusOn(LocalDate today) {
        return plannedEnd != null && plannedEnd.isBefore(today) ? ProjectStatus.COMPLETED : ProjectStatus.ONGOING;
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
