package org.mlready.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a person's sessions on every device, e.g. after their password changed or their account was deleted. */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of {@code email} except {@code keepSessionId} (null to end them all); returns how many. */
    int endAllExcept(String email, String keepSessionId) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(email).keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
