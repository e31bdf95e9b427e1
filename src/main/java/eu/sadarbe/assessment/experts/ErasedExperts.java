package eu.sadarbe.assessment.experts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountErased;

/**
 * Erasure (GDPR Art. 17, issue #15): an erased expert leaves the pool's copy of their address and name; the entry
 * itself stays, because the scores they gave are agency records kept under the retention setting and name their
 * account. With no action types left, no application is offered to them again.
 */
@Component
class ErasedExperts {

    private final JdbcClient jdbc;

    ErasedExperts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        jdbc.sql("""
                        UPDATE assessment_expert SET email = ?, display_name = ?, fields = '', organisation_oid = NULL
                        WHERE account_id = ?""")
                .params("erased-" + erased.account().value() + "@invalid", "—", erased.account().value()).update();
    }
}
