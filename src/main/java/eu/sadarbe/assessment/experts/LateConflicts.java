package eu.sadarbe.assessment.experts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;

/**
 * Conflicts of interest found after the assignment (Guide for Experts, §3.2): a relation recorded later, or an
 * organisation of the consortium the expert has since come to act for. Each open assignment (offered or accepted,
 * not yet submitted) they touch is suspended — the expert can no longer score it — audited, and listed for the
 * officer, who assigns another expert.
 */
@Service
public class LateConflicts {

    private final AssignmentRepository assignments;
    private final ApplicationEventPublisher events;
    private final ExpertPool pool;
    private final AssessableApplications applications;
    private final OrganisationRegister organisations;
    private final ConflictSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    LateConflicts(AssignmentRepository assignments, ExpertPool pool, AssessableApplications applications,
                  OrganisationRegister organisations, ConflictSettings settings, AuditTrail audit, Clock clock,
                  ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.events = events;
        this.pool = pool;
        this.applications = applications;
        this.organisations = organisations;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the expert's open assignments again and suspends those now in conflict; returns how many. */
    @Transactional
    public int review(AccountId expertId, SignedInUser actor) {
        Optional<Expert> found = pool.byAccount(expertId);
        if (found.isEmpty()) {
            return 0;
        }
        Expert expert = found.get();
        List<ExpertRelation> relations = pool.relationsOf(expertId);
        Instant since = clock.instant().atZone(ZoneOffset.UTC).minus(settings.membershipLookBack()).toInstant();
        Set<String> memberships = organisations.oidsMemberOfSince(expertId, since).stream().map(Oid::value)
                .collect(Collectors.toSet());
        int suspended = 0;
        for (Assignment open : assignments.openOf(expertId)) {
            Optional<Assessable> application = applications.byId(open.applicationId());
            // The same applicant twice in a round is prevented when assigning; late, only the expert's ties count.
            List<ConflictOfInterest> conflicts = application.isEmpty() ? List.of()
                    : Conflicts.between(expert, application.get(), relations, memberships, Set.of());
            AssignmentStatus before = open.status();
            if (!conflicts.isEmpty() && open.suspend(conflicts.get(0), clock.instant()) && assignments.save(open)) {
                open.takeEvents().forEach(events::publishEvent);
                audit.record(open.applicationId(), application.get().nationalAgencyCode(), "assignmentSuspended",
                        expert.email(), before.name(), AssignmentStatus.SUSPENDED.name(), actor);
                suspended++;
            }
        }
        return suspended;
    }

    /** Reviews every expert with an open assignment of the agency. */
    @Transactional
    public void reviewAgency(String nationalAgencyCode, SignedInUser actor) {
        assignments.expertsWithOpenAssignments(nationalAgencyCode).forEach(expert -> review(expert, actor));
    }

    /** The agency's suspended assignments not replaced yet, by application number. */
    @Transactional(readOnly = true)
    public List<Suspension> suspendedOf(String nationalAgencyCode) {
        return assignments.suspended(nationalAgencyCode, null);
    }

    /** The application's suspended assignments not replaced yet. */
    @Transactional(readOnly = true)
    public List<Suspension> suspendedOf(ApplicationId application) {
        return assignments.suspended(null, application);
    }

    /** A suspended assignment as the officer sees it: the conflict's message key and the organisation concerned. */
    public record Suspension(UUID assignmentId, ApplicationId applicationId, String applicationNumber,
                             String expertName, String conflictKey, String organisationOid) {
    }
}
