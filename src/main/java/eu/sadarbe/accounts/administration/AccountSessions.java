package eu.sadarbe.accounts.administration;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a person, on every node: they are rows in the database, found by the person's e-mail
 * address (the session's principal name).
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public int endAll(String email) {
        var open = sessions.findByPrincipalName(email);
        open.keySet().forEach(sessions::deleteById);
        return open.size();
    }
}
