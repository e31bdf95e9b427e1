package eu.sadarbe.accounts.selfservice;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every node: they live in the database (Spring Session JDBC), indexed by the
 * signed-in e-mail address.
 */
@Component
class Sessions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Sessions.class);

    @SuppressWarnings("rawtypes")
    private final ObjectProvider<FindByIndexNameSessionRepository> sessions;

    @SuppressWarnings("rawtypes")
    Sessions(ObjectProvider<FindByIndexNameSessionRepository> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account but the one given (the person's own, after a change they made). */
    int endAll(String email, @Nullable String except) {
        @SuppressWarnings("unchecked")
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            LOG.warn("Sessions are not kept in the database: the account's other sessions cannot be ended");
            return 0;
        }
        int ended = 0;
        for (String id : repository.findByPrincipalName(email).keySet()) {
            if (!id.equals(except)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
