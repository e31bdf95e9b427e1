package eu.sadarbe.organisations.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountErased;

/**
 * Erasure (GDPR Art. 17, issue #15): a pending invitation to the erased person's address goes; an answered one stays
 * as the record of the membership's consent, but without the address (the account it names is anonymised already).
 */
@Component
class ErasedMembershipInvitees {

    static final String ERASED = "erased";

    private final JdbcClient jdbc;

    ErasedMembershipInvitees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        jdbc.sql("DELETE FROM organisation_invitation WHERE LOWER(email) = LOWER(?) AND status = 'PENDING'")
                .param(erased.formerEmail()).update();
        jdbc.sql("UPDATE organisation_invitation SET email = ? WHERE LOWER(email) = LOWER(?)")
                .params(ERASED, erased.formerEmail()).update();
    }
}
