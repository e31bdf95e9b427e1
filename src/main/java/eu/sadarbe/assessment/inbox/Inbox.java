package eu.sadarbe.assessment.inbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.eligibility.CheckReport;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * The agency officer's inbox: the applications submitted to their own agency only, filtered and sorted. Each
 * submission is registered once with what the inbox sorts by (requested grant, ERROR findings), when
 * {@code ApplicationSubmitted} arrives or, for submissions it has not seen yet, when the inbox is opened.
 */
@Service
public class Inbox {

    private final InboxEntries entries;
    private final SubmittedApplications submitted;
    private final EligibilityCheck eligibility;
    private final RegisterCheck register;
    private final TransactionTemplate ownTransaction;   // or the caller's, when there is one
    private final TransactionTemplate reading;
    private final Map<String, Choices> choices = new ConcurrentHashMap<>();

    Inbox(InboxEntries entries, SubmittedApplications submitted, EligibilityCheck eligibility,
          RegisterCheck register, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.submitted = submitted;
        this.eligibility = eligibility;
        this.register = register;
    }

    /** The officer's own agency's inbox. */
    public InboxView of(SignedInUser officer, InboxFilter filter) {
        return of(officer.requireOfficerAgency(), filter, InboxFilter.PAGE_SIZE);
    }

    /** The agency's inbox for its REST API: {@code agency} must be the officer's own. */
    public InboxView of(SignedInUser officer, String agency, InboxFilter filter) {
        return of(officer.requireOfficerOf(agency), filter, InboxFilter.API_PAGE_SIZE);
    }

    /**
     * The round dashboard (issue 13, item 16): per round of the officer's agency, how many applications were
     * submitted, formally checked, assigned, scored, consolidated, decided and sent their letter.
     */
    @Transactional
    public java.util.LinkedHashMap<String, Map<Stage, Integer>> dashboard(SignedInUser officer) {
        String agency = officer.requireOfficerAgency();
        catchUp(agency);
        return entries.stages(agency);
    }

    private InboxView of(String agency, InboxFilter filter, int pageSize) {
        long submissions = catchUp(agency);
        return reading.execute(status -> {
            Choices offered = choices(agency, submissions);
            return new InboxView(agency, entries.page(agency, filter, pageSize), offered.rounds(),
                    offered.actionTypes(), filter);
        });
    }

    /**
     * The rounds and action types the agency's inbox holds, for the filters. Issue 21: read again only when the
     * agency's count of submissions moved since they were read. The inbox gains a round or an action type only by
     * registering an application, whose submission moved the count (submissions are never deleted, R-SUB-01, nor
     * inbox rows), and {@link #catchUp} has registered every submission it counted; so the same count means the
     * same choices, and a large agency's inbox rows are no longer read twice over on every opening.
     */
    private Choices choices(String agency, long submissions) {
        Choices known = choices.get(agency);
        if (known == null || known.submissions() != submissions) {
            known = new Choices(submissions, List.copyOf(entries.rounds(agency)),
                    List.copyOf(entries.actionTypes(agency)));
            choices.put(agency, known);
        }
        return known;
    }

    /** The filters' choices of an agency as read when it had {@code submissions} submissions. */
    private record Choices(long submissions, List<String> rounds, List<String> actionTypes) {
    }

    /** Registers the application's latest submission unless the inbox already holds it. */
    @Transactional
    public void register(ApplicationId application) {
        submitted.latestOf(application).ifPresent(this::register);
    }

    /**
     * Registers the agency's submissions the inbox has not seen yet (written without the use case, such as a year
     * generated by {@code scripts/load}, made before the inbox existed, or whose event is still on its way),
     * each in a short transaction of its own. Officers opening the inbox at once catch up the same submissions: in
     * one long transaction the first held every new row until all were checked, and on H2 the others gave up
     * waiting for the lock and answered 500 (the soak, issue #12). Now a second officer waits for one row at most.
     * Called inside a transaction (a ranking, an assignment), it joins that one: a new transaction there would need a
     * second connection while holding the first, and under load every pooled connection waited for another.
     * <p>
     * Issue 21: the agency's submissions are compared with the inbox only when their count moved since the inbox
     * last caught up (submissions are never deleted, so the same count means nothing new); otherwise opening the
     * inbox read all of a large agency's submissions and inbox rows each time (519 ms p95 at a full year's 6,000).
     * The count is taken before the comparison, so a submission arriving meanwhile moves it again for next time.
     *
     * @return the agency's count of submissions, all of which the inbox now holds
     */
    public long catchUp(String agency) {
        long routed = submitted.countRoutedTo(agency);
        if (entries.submissionsSeen(agency) == routed) {
            return routed;
        }
        Map<ApplicationId, UUID> held = entries.submissionsOf(agency);
        for (SubmissionSummary latest : submitted.routedTo(agency)) {
            if (!latest.id().equals(held.get(latest.applicationId()))) {
                ownTransaction.executeWithoutResult(
                        status -> submitted.latestOf(latest.applicationId()).ifPresent(this::register));
            }
        }
        ownTransaction.executeWithoutResult(status -> entries.sawSubmissions(agency, routed));
        return routed;
    }

    private void register(SubmittedApplication application) {
        SubmissionSummary submission = application.submission();
        ApplicationDocument document = application.document();
        CheckReport report = eligibility.check(document, application.ruleRevision());
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(register.findings(document));
        Organisation applicant = document.applicant().orElseThrow();
        BigDecimal grant = report.budget().total().amount();
        entries.register(new InboxEntry(submission.applicationId(), submission.id(), submission.applicationNumber(),
                submission.nationalAgencyCode(), submission.callYear(), submission.roundNumber(),
                submission.actionType(), submission.title(),
                applicant.legalName() == null ? applicant.identifier() : applicant.legalName(),
                applicant.country().value(), submission.submittedAt(), grant,
                (int) findings.stream().filter(Finding::isError).count(), BackOfficeStatus.SUBMITTED,
                null, List.of(), null));
        entries.organisations(submission.applicationId(), document.organisations().stream()
                .map(Organisation::identifier).filter(identifier -> !identifier.isEmpty()).toList());
    }
}
