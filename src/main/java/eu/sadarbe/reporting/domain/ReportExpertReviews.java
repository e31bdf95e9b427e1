package eu.sadarbe.reporting.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationNotFound;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.assessment.ExpertConflicts;
import eu.sadarbe.assessment.ExpertConflicts.PoolExpert;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;

/**
 * An expert's assessment of a final report (issue 19 item 4): the officer of the report's agency assigns an expert of
 * the agency's pool to a submitted final report, refused when the expert has a conflict of interest with the
 * consortium (the checks of applications, {@link ExpertConflicts}); the expert declares no conflict before reading,
 * reads the report without its participants' names, and scores it out of the call year's maximum with comments
 * (R-RED-01); the officer takes that score as the report's — the reduction follows as for the officer's own — or
 * scores it themselves, and stays the one who marks lines ineligible and approves. Only the assigned expert reads and
 * scores; anyone else finds no report ({@link ReportOutOfReach}). Each step goes to the report's audit trail.
 */
@Service
public class ReportExpertReviews {

    private final ReportRepository reports;
    private final ReportExpertReviewRepository reviews;
    private final ReportSettlement settlement;
    private final ExpertConflicts conflicts;
    private final ApplicationRegister applications;
    private final Agreements agreements;
    private final FinalGrantCalculator calculator;
    private final Clock clock;

    ReportExpertReviews(ReportRepository reports, ReportExpertReviewRepository reviews, ReportSettlement settlement,
                        ExpertConflicts conflicts, ApplicationRegister applications, Agreements agreements,
                        FinalGrantCalculator calculator, Clock clock) {
        this.reports = reports;
        this.reviews = reviews;
        this.settlement = settlement;
        this.conflicts = conflicts;
        this.applications = applications;
        this.agreements = agreements;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** The report as its expert reads it: the figures the officer sees, the lines without participants' names. */
    public record Reading(ReportExpertReview review, Report report, FinalGrant figures, ReductionBands bands,
                          List<ReportLine> lines) {
    }

    /** One of the expert's reports: the assignment and the report it is for. */
    public record Assigned(ReportExpertReview review, Report report) {
    }

    /** The report's expert, if one was assigned, for the officer of its agency. */
    @Transactional(readOnly = true)
    public Optional<ReportExpertReview> of(ReportId id, SignedInUser officer) {
        settlement.forOfficer(id, officer);
        return reviews.find(id);
    }

    /** Every expert of the agency's pool with the conflicts found with the report's consortium, free ones first. */
    @Transactional(readOnly = true)
    public List<PoolExpert> candidates(ReportId id, SignedInUser officer) {
        Report report = settlement.forOfficer(id, officer);
        List<PoolExpert> pool = new ArrayList<>(conflicts.pool(report.project().agencyCode(), consortium(report)));
        pool.sort(java.util.Comparator.comparing((PoolExpert expert) -> !expert.free())
                .thenComparing(PoolExpert::email));
        return pool;
    }

    /** The officer assigns an expert of the pool to the submitted final report; a conflict of interest refuses. */
    @Transactional
    public ReportExpertReview assign(ReportId id, AccountId expertId, SignedInUser officer) {
        Report report = settlement.forOfficer(id, officer);
        requireFinalSubmitted(report);
        Optional<ReportExpertReview> earlier = reviews.find(id);
        if (earlier.isPresent()) {
            earlier.get().requireReplaceable();
            if (earlier.get().isOf(expertId) && earlier.get().status().counts()) {
                throw new ReportRefused("reportExperts.refused.assignedAlready", null);
            }
        }
        PoolExpert expert = conflicts.expert(report.project().agencyCode(), expertId, consortium(report))
                .orElseThrow(() -> new ReportRefused("reportExperts.refused.notInPool", null));
        if (!expert.free()) {
            throw new ExpertInConflict(expert.conflicts());
        }
        ReportExpertReview review = ReportExpertReview.offer(id, expertId, expert.email(), expert.displayName(),
                officer.email(), clock.instant());
        reviews.replace(earlier.orElse(null), review);
        report.record(officer.email(), "expertAssigned", expert.email(), clock.instant());
        reports.save(report);
        return review;
    }

    /** The officer takes the expert's score and comments as the report's (R-RED-01: the reduction follows). */
    @Transactional
    public void takeScore(ReportId id, SignedInUser officer) {
        settlement.forOfficer(id, officer);
        ReportExpertReview review = reviews.find(id).filter(found -> found.status() == ReportExpertReview.Status.SCORED)
                .orElseThrow(() -> new ReportRefused("reportExperts.refused.notScored", "R-RED-01"));
        settlement.score(id, java.util.Objects.requireNonNull(review.score()), review.comments(), officer);
        Report report = reports.find(id).orElseThrow(ReportOutOfReach::new);
        report.record(officer.email(), "expertScoreTaken", review.expertEmail() + ": " + review.score(),
                clock.instant());
        reports.save(report);
    }

    /** The expert's reports that still count (not released by a declared conflict), newest first. */
    @Transactional(readOnly = true)
    public List<Assigned> mine(SignedInUser expert) {
        if (!expert.has(Role.EXPERT)) {
            throw new ReportOutOfReach();
        }
        List<Assigned> mine = new ArrayList<>();
        for (ReportExpertReview review : reviews.ofExpert(expert.id())) {
            if (review.status().counts()) {
                reports.find(review.reportId()).ifPresent(report -> mine.add(new Assigned(review, report)));
            }
        }
        return mine;
    }

    /** The assignment as its expert opens it (the declaration comes first); anyone else finds no report. */
    @Transactional(readOnly = true)
    public Assigned assignment(ReportId id, SignedInUser expert) {
        ReportExpertReview review = forExpert(id, expert);
        return new Assigned(review, reports.find(id).orElseThrow(ReportOutOfReach::new));
    }

    /** The report for its expert once they declared no conflict of interest. */
    @Transactional(readOnly = true)
    public Reading read(ReportId id, SignedInUser expert) {
        ReportExpertReview review = forExpert(id, expert);
        if (review.status() == ReportExpertReview.Status.OFFERED) {
            throw new ReportRefused("reportExperts.refused.declareFirst", null);
        }
        Report report = reports.find(id).orElseThrow(ReportOutOfReach::new);
        ReportSettlement.Assessed assessed = settlement.assessed(report);
        // Participants are named for the agency only: the expert sees each activity with its number of participants.
        List<ReportLine> lines = assessed.lines().stream().filter(line -> !"participant".equals(line.kind())).toList();
        return new Reading(review, report, assessed.figures(), assessed.bands(), lines);
    }

    /** The expert declares, before reading, a conflict of interest (which releases the assignment) or none. */
    @Transactional
    public ReportExpertReview declare(ReportId id, SignedInUser expert, boolean conflict, @Nullable String reason) {
        ReportExpertReview review = forExpert(id, expert);
        Report report = reports.find(id).orElseThrow(ReportOutOfReach::new);
        if (!conflict) {
            requireStillFree(report, expert);
        }
        review.declare(conflict, reason, clock.instant());
        reviews.save(review);
        report.record(expert.email(), conflict ? "expertConflictDeclared" : "expertNoConflictDeclared",
                conflict ? java.util.Objects.requireNonNull(review.conflictReason()) : "", clock.instant());
        reports.save(report);
        return review;
    }

    /** R-RED-01: the expert scores the submitted final report out of the call year's maximum, with comments. */
    @Transactional
    public ReportExpertReview score(ReportId id, SignedInUser expert, int points, String comments) {
        ReportExpertReview review = forExpert(id, expert);
        Report report = reports.find(id).orElseThrow(ReportOutOfReach::new);
        requireFinalSubmitted(report);
        requireStillFree(report, expert);
        review.score(points, comments, ReductionBands.of(calculator.parameters(report.project())), clock.instant());
        reviews.save(review);
        report.record(expert.email(), "expertScored", String.valueOf(points), clock.instant());
        reports.save(report);
        return review;
    }

    /**
     * Every organisation of the project: the application's consortium as the agency received it, the agreement's
     * beneficiary and partners (an amendment may have changed them).
     */
    Set<String> consortium(Report report) {
        Set<String> oids = new LinkedHashSet<>();
        oids.add(report.project().beneficiaryOrganisationId());
        agreements.inForce(report.project().agreementId())
                .ifPresent(agreement -> oids.addAll(agreement.partnerOrganisationIds()));
        try {
            applications.document(report.project().applicationId()).organisations().stream()
                    .map(Organisation::identifier).forEach(oids::add);
        } catch (ApplicationNotFound gone) {
            // the agreement's parties still count
        }
        return oids;
    }

    private ReportExpertReview forExpert(ReportId id, SignedInUser expert) {
        return reviews.find(id).filter(review -> expert.has(Role.EXPERT) && review.isOf(expert.id())
                        && review.status().counts())
                .orElseThrow(ReportOutOfReach::new);
    }

    /** A conflict found since the assignment (a relation recorded, a membership) stops the expert, as for applications. */
    private void requireStillFree(Report report, SignedInUser expert) {
        PoolExpert checked = conflicts.expert(report.project().agencyCode(), expert.id(), consortium(report))
                .orElseThrow(ReportOutOfReach::new);
        if (!checked.free()) {
            throw new ReportRefused("reportExperts.refused.conflictFoundLater", null);
        }
    }

    private static void requireFinalSubmitted(Report report) {
        if (report.kind() != ReportKind.FINAL) {
            throw new ReportRefused("reportExperts.refused.finalOnly", "R-RED-01");
        }
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new ReportRefused("reporting.refused.notSubmitted", null, report.status());
        }
    }
}
