package eu.sadarbe.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.sadarbe.accounts.AccountId;

/**
 * The agency's pool of experts with the conflict-of-interest check of applications (Guide for Experts, §3.2), for
 * other work an expert is assigned to — a final report's assessment (issue 19 item 4): for a consortium, each expert
 * of the pool with the conflicts found — the expert's organisation takes part in it, the expert acts (or acted,
 * within the look-back period) for one of its organisations in the register, or a relation with one is recorded.
 */
public interface ExpertConflicts {

    /** Every expert of the agency's pool, by e-mail address, each with the conflicts found with the consortium. */
    List<PoolExpert> pool(String nationalAgencyCode, Collection<String> consortiumOids);

    /** The expert, if in the agency's pool, with the conflicts found with the consortium. */
    Optional<PoolExpert> expert(String nationalAgencyCode, AccountId expertId, Collection<String> consortiumOids);

    /** An expert of the pool and the conflicts found; none means the expert may be assigned. */
    record PoolExpert(AccountId accountId, String email, String displayName, List<Conflict> conflicts) {

        public PoolExpert {
            conflicts = List.copyOf(conflicts);
        }

        public boolean free() {
            return conflicts.isEmpty();
        }
    }

    /**
     * One conflict of interest: {@code messageKey} ({@code experts.conflict.<reason>}, arguments the organisation's
     * OID and the note), the organisation concerned and, for a recorded relation, its note. Serializable, as a page
     * keeps it in the session (shared by the nodes) to show it after a redirect.
     */
    record Conflict(String messageKey, String organisationOid, String note) implements java.io.Serializable {
    }
}
