package eu.sadarbe.assessment.experts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.assessment.ExpertConflicts;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;

/**
 * {@link ExpertConflicts} on the agency's pool: the same checks as when an expert is assigned to an application
 * ({@link Conflicts#withConsortium}), memberships counted within the look-back period (issue 12).
 */
@Service
class PoolConflicts implements ExpertConflicts {

    private final ExpertPool pool;
    private final OrganisationRegister organisations;
    private final ConflictSettings settings;
    private final Clock clock;

    PoolConflicts(ExpertPool pool, OrganisationRegister organisations, ConflictSettings settings, Clock clock) {
        this.pool = pool;
        this.organisations = organisations;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PoolExpert> pool(String nationalAgencyCode, Collection<String> consortiumOids) {
        return pool.of(nationalAgencyCode).stream().map(expert -> checked(expert, consortiumOids)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PoolExpert> expert(String nationalAgencyCode, AccountId expertId,
                                       Collection<String> consortiumOids) {
        return pool.byAccount(expertId).filter(expert -> expert.nationalAgencyCode().equals(nationalAgencyCode))
                .map(expert -> checked(expert, consortiumOids));
    }

    private PoolExpert checked(Expert expert, Collection<String> consortiumOids) {
        Instant since = clock.instant().atZone(ZoneOffset.UTC).minus(settings.membershipLookBack()).toInstant();
        Set<String> memberships = organisations.oidsMemberOfSince(expert.accountId(), since).stream()
                .map(Oid::value).collect(Collectors.toSet());
        List<Conflict> conflicts = Conflicts.withConsortium(expert, Set.copyOf(consortiumOids),
                        pool.relationsOf(expert.accountId()), memberships).stream()
                .map(found -> new Conflict(found.messageKey(), found.organisationOid(), found.note())).toList();
        return new PoolExpert(expert.accountId(), expert.email(), expert.displayName(), conflicts);
    }
}
