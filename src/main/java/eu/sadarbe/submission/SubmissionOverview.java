package eu.sadarbe.submission;

import java.util.List;
import java.util.Optional;

import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.eligibility.CheckReport;

/**
 * What the submit page shows for one application: the check of its current draft, the deadline that applies,
 * its submissions so far (the last one counts), its individual extensions (R-SUB-01, R-SUB-02) and whether the
 * declaration of honour is signed, and how many partners' mandates are uploaded (a warning only: mandates may follow
 * until the grant agreement is signed).
 */
public record SubmissionOverview(ApplicationSummary application, CheckReport check, Deadline deadline,
                                 List<SubmissionSummary> submissions, List<IndividualExtension> extensions,
                                 boolean maySubmit, boolean mayExtend, boolean open,
                                 boolean declared, long mandatesUploaded, int mandatesNeeded) {

    public Optional<SubmissionSummary> latest() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(submissions.size() - 1));
    }
}
