package eu.sadarbe.statistics.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * Registers a submission in the statistics — its round, agency, action type and field, the applicant's country and
 * the requested grant computed from the frozen document, as the agency's inbox does — when
 * {@code ApplicationSubmitted} arrives, and catches up the submissions that publish no event (imported ones, such as
 * the demo assessment round, and those made before this module existed) shortly after start and then every two
 * minutes, on one node at a time.
 */
@Service
public class SubmissionRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionRegistration.class);

    private final StatisticsRepository statistics;
    private final SubmittedApplications submitted;
    private final EligibilityCheck eligibility;
    private final ReferenceData reference;
    private final ActionTypeFields fields;
    private final TransactionTemplate transaction;
    /** How many submissions each agency had when this node last caught up with it. */
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    SubmissionRegistration(StatisticsRepository statistics, SubmittedApplications submitted,
                           EligibilityCheck eligibility, ReferenceData reference, ActionTypeFields fields,
                           PlatformTransactionManager transactions) {
        this.statistics = statistics;
        this.submitted = submitted;
        this.eligibility = eligibility;
        this.reference = reference;
        this.fields = fields;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Registers (or updates, after a resubmission) the application's submission that counts (R-SUB-01). */
    public void register(ApplicationId id) {
        transaction.executeWithoutResult(status -> submitted.latestOf(id).ifPresent(this::register));
    }

    @Scheduled(initialDelayString = "PT15S", fixedDelayString = "PT2M")
    @SchedulerLock(name = "statistics-catch-up", lockAtLeastFor = "PT5S")
    public void catchUpOnSchedule() {
        catchUp();
    }

    /**
     * Registers every submission the statistics have not seen; returns how many. Each in its own transaction.
     * <p>
     * Issue 21: an agency's submissions are compared with the statistics only when their count moved since this node
     * last caught up with that agency (submissions are never deleted, R-SUB-01, so the same count means nothing new:
     * what arrived meanwhile with an event was registered by it). Before, every two minutes each of the 34 agencies'
     * submissions were all read with their registered rows — at a full year's 30,000, a scan of the whole table per
     * agency during the deadline day. The count is taken before the comparison, so a submission arriving meanwhile
     * moves it again for next time.
     */
    public int catchUp() {
        Set<String> agencies = new LinkedHashSet<>();
        reference.nationalAgencies(null, null).stream().map(NationalAgency::code).forEach(agencies::add);
        int registered = 0;
        for (String agency : agencies) {
            long routed = submitted.countRoutedTo(agency);
            if (Long.valueOf(routed).equals(seen.get(agency))) {
                continue;
            }
            Set<UUID> known = statistics.registered(agency);
            for (SubmissionSummary latest : submitted.routedTo(agency)) {
                if (!known.contains(latest.applicationId().value())) {
                    register(latest.applicationId());
                    registered++;
                }
            }
            seen.put(agency, routed);
        }
        if (registered > 0) {
            LOG.info("Statistics: {} submissions registered on catching up", registered);
        }
        return registered;
    }

    private void register(SubmittedApplication application) {
        SubmissionSummary submission = application.submission();
        ApplicationDocument document = application.document();
        statistics.ensure(submission.applicationId(), submission.applicationNumber(), submission.nationalAgencyCode(),
                submission.callYear(), submission.roundNumber(), submission.actionType(),
                fields.of(submission.actionType()));
        document.applicant().ifPresent(applicant -> statistics.submitted(submission.applicationId(),
                applicant.country().value(),
                eligibility.check(document, application.ruleRevision()).budget().total().amount()));
    }
}
