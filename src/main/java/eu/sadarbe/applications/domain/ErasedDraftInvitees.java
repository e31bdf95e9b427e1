package eu.sadarbe.applications.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountErased;

/**
 * Erasure (GDPR Art. 17, issue #15): an invitation to a draft that waits for the erased person's address is no
 * record anyone must keep, so it goes.
 */
@Component
class ErasedDraftInvitees {

    private final JdbcClient jdbc;

    ErasedDraftInvitees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        jdbc.sql("DELETE FROM application_invitation WHERE LOWER(email) = LOWER(?)").param(erased.formerEmail()).update();
    }
}
