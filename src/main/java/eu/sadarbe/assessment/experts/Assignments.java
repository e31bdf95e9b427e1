package eu.sadarbe.assessment.experts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.assessment.SubmissionWindow;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;

/**
 * Assigning experts to eligible applications: two each (R-AWD-03, a figure of the call year), suggested (field and language matched, workload balanced,
 * no conflict of interest) and adjusted by the officer; a third where R-AWD-03 asks for one. Experts declare for
 * each assignment that they have no conflict before they see the application. Every change goes to the audit trail.
 */
@Service
public class Assignments {

    private final AssignmentRepository repository;
    private final ApplicationEventPublisher events;
    private final ExpertPool pool;
    private final AssessableApplications applications;
    private final AuditTrail audit;
    private final BackOfficeStatuses statuses;
    private final Clock clock;
    private final OrganisationRegister organisations;
    private final ConflictSettings settings;
    private final SubmissionWindow window;
    private final RuleBook rules;

    Assignments(AssignmentRepository repository, ExpertPool pool, AssessableApplications applications,
                AuditTrail audit, BackOfficeStatuses statuses, Clock clock, OrganisationRegister organisations,
                ConflictSettings settings, SubmissionWindow window, ApplicationEventPublisher events, RuleBook rules) {
        this.window = window;
        this.rules = rules;
        this.organisations = organisations;
        this.settings = settings;
        this.repository = repository;
        this.events = events;
        this.pool = pool;
        this.applications = applications;
        this.audit = audit;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** {@link #of} for each of the applications, in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<ApplicationId, List<Assignment>> ofApplications(java.util.Collection<ApplicationId> ids) {
        return repository.ofApplications(ids);
    }

    /** Every assignment of the application, released ones included, in the order they were made. */
    @Transactional(readOnly = true)
    public List<Assignment> of(ApplicationId application) {
        return repository.of(application);
    }

    /** The expert's assignments that still count, newest first; anyone but an expert is refused. */
    @Transactional(readOnly = true)
    public List<Assignment> mine(SignedInUser expert) {
        if (!expert.has(Role.EXPERT)) {
            throw new NotAnExpert();
        }
        return repository.ofExpert(expert.id()).stream().filter(assignment -> assignment.status().counts())
                .toList();
    }

    /** An assignment its expert opens; anyone else's is not found (experts see only what they are assigned). */
    @Transactional(readOnly = true)
    public Assignment ofExpert(SignedInUser expert, UUID id) {
        Assignment assignment = byId(id).orElseThrow(AssignmentNotFound::new);
        if (!expert.has(Role.EXPERT) || !assignment.expertId().equals(expert.id())
                || !assignment.status().counts()) {
            throw new AssignmentNotFound();
        }
        return assignment;
    }

    @Transactional(readOnly = true)
    public Optional<Assignment> byId(UUID id) {
        return repository.find(id);
    }

    /** The application for its agency's officers only. */
    @Transactional(readOnly = true)
    public Assessable application(SignedInUser officer, ApplicationId id) {
        Assessable application = applications.byId(id).filter(Assessable::eligible)
                .orElseThrow(AssignmentNotFound::new);
        officer.requireOfficerOf(application.nationalAgencyCode());
        return application;
    }

    /** Every expert of the agency's pool as a possible assessor of the application, suitable ones first. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(Assessable application) {
        Set<AccountId> assigned = new HashSet<>(of(application.applicationId()).stream()
                .filter(assignment -> assignment.status().counts()).map(Assignment::expertId).toList());
        List<Candidate> candidates = new ArrayList<>();
        for (Expert expert : pool.of(application.nationalAgencyCode())) {
            if (!assigned.contains(expert.accountId())) {
                candidates.add(candidate(expert, application));
            }
        }
        candidates.sort(java.util.Comparator.comparing((Candidate candidate) -> !candidate.suitable())
                .thenComparing(Candidate.LIGHTEST_FIRST));
        return candidates;
    }

    /** R-AWD-03: how many independent experts assess the application, a figure of its call year. */
    public int expertsPerApplication(Assessable application) {
        return rules.parametersFor(application.callYear(), application.actionType())
                .whole(RuleFigure.AWARD_EXPERTS_PER_APPLICATION);
    }

    /**
     * Suggests two experts (R-AWD-03, the call year's figure) for every application of the round and action type that has fewer: the suitable ones
     * with the lightest workload in the call year, ties broken by e-mail address.
     */
    @Transactional
    public List<Assignment> suggest(SignedInUser officer, int callYear, int roundNumber, String actionType) {
        String agency = officer.requireOfficerAgency();
        List<Assignment> made = new ArrayList<>();
        for (Assessable application : applications.eligibleOf(agency)) {
            if (application.callYear() != callYear || application.roundNumber() != roundNumber
                    || !application.actionType().equals(actionType)
                    || window.stillOpen(application.applicationId()).isPresent()) {
                continue;
            }
            long counting = of(application.applicationId()).stream().filter(a -> a.status().counts()).count();
            for (long slot = counting; slot < expertsPerApplication(application); slot++) {
                Optional<Candidate> best = Candidate.ranked(candidates(application)).stream().findFirst();
                if (best.isEmpty()) {
                    break;
                }
                Assignment suggested = Assignment.suggest(application, best.get(), false, clock.instant());
                made.add(insert(officer, application, suggested, "expertSuggested"));
            }
        }
        return made;
    }

    /** R-AWD-03: suggests and assigns a third expert. */
    @Transactional
    public Assignment suggestThird(SignedInUser officer, ApplicationId id) {
        Assessable application = application(officer, id);
        Candidate best = Candidate.ranked(candidates(application)).stream().findFirst()
                .orElseThrow(() -> new AssignmentRefused("noSuitableExpert"));
        return insert(officer, application, Assignment.suggest(application, best, true, clock.instant()),
                "thirdExpertAssigned");
    }

    /** The officer's own choice; refused with the reasons when the expert has a conflict of interest. */
    @Transactional
    public Assignment assign(SignedInUser officer, ApplicationId id, AccountId expertId, boolean third) {
        Assessable application = application(officer, id);
        Assignment assignment = Assignment.assign(application, available(application, expertId), third,
                clock.instant());
        return insert(officer, application, assignment, third ? "thirdExpertAssigned" : "expertAssigned");
    }

    /** Replaces an expert who has not submitted yet (or declared a conflict) with the officer's choice. */
    @Transactional
    public Assignment replace(SignedInUser officer, UUID assignmentId, AccountId expertId) {
        Assignment old = byId(assignmentId).orElseThrow(AssignmentNotFound::new);
        Assessable application = application(officer, old.applicationId());
        old.replace(clock.instant());
        Assignment replacement = Assignment.assign(application, available(application, expertId), old.thirdExpert(),
                clock.instant());
        if (!repository.save(old)) {
            throw new AssignmentRefused("notReplaceable");
        }
        publish(old);
        audit.record(old.applicationId(), application.nationalAgencyCode(), "expertReplaced", null,
                old.expertEmail(), replacement.expertEmail(), officer);
        return insert(officer, application, replacement, null);
    }

    /** The expert declares, before seeing the application, whether they have a conflict of interest. */
    @Transactional
    public Assignment declare(SignedInUser expert, UUID assignmentId, boolean conflict, @Nullable String reason) {
        Assignment assignment = ofExpert(expert, assignmentId);
        assignment.declare(conflict, reason, clock.instant());
        Assessable application = applications.byId(assignment.applicationId()).orElseThrow();
        if (!repository.save(assignment)) {
            throw new AssignmentRefused("declaredAlready");
        }
        publish(assignment);
        audit.record(assignment.applicationId(), application.nationalAgencyCode(),
                conflict ? "conflictDeclared" : "noConflictDeclared", expert.email(), null,
                conflict ? reason : null, expert);
        return assignment;
    }

    /** The expert of the pool as a candidate for the application, unless they are assigned to it already. */
    private Candidate available(Assessable application, AccountId expertId) {
        return candidates(application).stream()
                .filter(found -> found.expert().accountId().equals(expertId)).findFirst()
                .orElseThrow(() -> new AssignmentRefused("notAvailable"));
    }

    private Candidate candidate(Expert expert, Assessable application) {
        Set<String> assessedApplicants = new HashSet<>(repository.applicantsAssessedInRound(expert.accountId(),
                application.callYear(), application.roundNumber(), application.applicationId()));
        int workload = repository.workload(expert.accountId(), application.callYear());
        return new Candidate(expert, expert.assesses(application.actionType()), expert.reads(application.language()),
                workload, Conflicts.between(expert, application, pool.relationsOf(expert.accountId()),
                membershipsCounted(expert), assessedApplicants));
    }

    /** The organisations the expert acts for, or acted for within the look-back period (issue 12). */
    private Set<String> membershipsCounted(Expert expert) {
        Instant since = clock.instant().atZone(ZoneOffset.UTC).minus(settings.membershipLookBack()).toInstant();
        return organisations.oidsMemberOfSince(expert.accountId(), since).stream().map(Oid::value)
                .collect(Collectors.toSet());
    }

    private Assignment insert(SignedInUser officer, Assessable application, Assignment assignment,
                              @Nullable String action) {
        window.requirePassed(application.applicationId());
        repository.save(assignment);
        publish(assignment);
        if (action != null) {
            audit.record(application.applicationId(), application.nationalAgencyCode(), action, null, null,
                    assignment.expertEmail(), officer);
        }
        statuses.assessmentStarted(application.applicationId());
        return assignment;
    }

    private void publish(Assignment assignment) {
        assignment.takeEvents().forEach(events::publishEvent);
    }
}
