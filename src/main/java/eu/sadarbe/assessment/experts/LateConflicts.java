package eu.sadarbe.assessment.experts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final ExpertPool pool;
    private final AssessableApplications applications;
    private final OrganisationRegister organisations;
    private final ConflictSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    LateConflicts(JdbcClient jdbc, ExpertPool pool, AssessableApplications applications,
                  OrganisationRegister organisations, ConflictSettings settings, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
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
        for (OpenAssignment open : jdbc.sql("""
                        SELECT id, application_id, status FROM assessment_assignment
                        WHERE expert_id = ? AND status IN ('OFFERED', 'ACCEPTED')""")
                .param(expertId.value()).query((row, number) -> new OpenAssignment(row.getObject("id", UUID.class),
                        new ApplicationId(row.getObject("application_id", UUID.class)), row.getString("status")))
                .list()) {
            Optional<Assessable> application = applications.byId(open.applicationId());
            // The same applicant twice in a round is prevented when assigning; late, only the expert's ties count.
            List<ConflictOfInterest> conflicts = application.isEmpty() ? List.of()
                    : Conflicts.between(expert, application.get(), relations, memberships, Set.of());
            if (!conflicts.isEmpty() && suspend(open, conflicts.get(0))) {
                audit.record(open.applicationId(), application.get().nationalAgencyCode(), "assignmentSuspended",
                        expert.email(), open.status(), AssignmentStatus.SUSPENDED.name(), actor);
                suspended++;
            }
        }
        return suspended;
    }

    /** Reviews every expert with an open assignment of the agency. */
    @Transactional
    public void reviewAgency(String nationalAgencyCode, SignedInUser actor) {
        jdbc.sql("""
                        SELECT DISTINCT a.expert_id FROM assessment_assignment a
                        JOIN assessment_assessable s ON s.application_id = a.application_id
                        WHERE s.national_agency_code = ? AND a.status IN ('OFFERED', 'ACCEPTED')""")
                .param(nationalAgencyCode).query(UUID.class).list()
                .forEach(expert -> review(new AccountId(expert), actor));
    }

    /** The agency's suspended assignments not replaced yet, by application number. */
    @Transactional(readOnly = true)
    public List<Suspension> suspendedOf(String nationalAgencyCode) {
        return suspended("s.national_agency_code = ?", nationalAgencyCode);
    }

    /** The application's suspended assignments not replaced yet. */
    @Transactional(readOnly = true)
    public List<Suspension> suspendedOf(ApplicationId application) {
        return suspended("a.application_id = ?", application.value());
    }

    private List<Suspension> suspended(String condition, Object value) {
        return jdbc.sql("""
                        SELECT a.id, a.application_id, s.application_number, e.display_name, a.reason
                        FROM assessment_assignment a
                        JOIN assessment_assessable s ON s.application_id = a.application_id
                        JOIN assessment_expert e ON e.account_id = a.expert_id
                        WHERE a.status = 'SUSPENDED' AND %s ORDER BY s.application_number, a.id""".formatted(condition))
                .param(value).query((row, number) -> {
                    String[] conflict = row.getString("reason").split("\\|", -1);
                    return new Suspension(row.getObject("id", UUID.class),
                            new ApplicationId(row.getObject("application_id", UUID.class)),
                            row.getString("application_number"), row.getString("display_name"),
                            "experts.conflict." + conflict[1], conflict[2]);
                }).list();
    }

    private boolean suspend(OpenAssignment open, ConflictOfInterest conflict) {
        return jdbc.sql("UPDATE assessment_assignment SET status = 'SUSPENDED', reason = ? WHERE id = ? AND status = ?")
                .params("conflict|" + conflict.reason() + "|" + conflict.organisationOid(), open.id(), open.status())
                .update() == 1;
    }

    private record OpenAssignment(UUID id, ApplicationId applicationId, String status) {
    }

    /** A suspended assignment as the officer sees it: the conflict's message key and the organisation concerned. */
    public record Suspension(UUID assignmentId, ApplicationId applicationId, String applicationNumber,
                             String expertName, String conflictKey, String organisationOid) {
    }
}
