package org.mlready.account;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their password or deletes their account, each confirmed with the current password. Wrong
 * passwords count towards the same lock as failed log-ins, so a borrowed session cannot be used to guess one.
 */
@Service
class Credentials {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final SignedInSessions sessions;

    Credentials(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle, SignedInSessions sessions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /** Sets a new password and ends the person's other sessions; returns how many were ended. */
    @Transactional
    int changePassword(long accountId, String currentPassword, String newPassword, String currentSessionId) {
        Account account = confirmed(accountId, currentPassword);
        PasswordPolicy.weakness(newPassword, account.email()).ifPresent(reason -> {
            throw new CredentialsRejectedException("newPassword", HttpStatus.BAD_REQUEST, reason);
        });
        if (newPassword.equals(currentPassword)) {
            throw new CredentialsRejectedException("newPassword", HttpStatus.BAD_REQUEST,
                    "The new password is the same as the current one.");
        }
        accounts.updatePasswordHash(accountId, encoder.encode(newPassword));
        return sessions.endAllExcept(account.email(), currentSessionId);
    }

    /** Deletes the account and everything stored about it, and signs it out everywhere. */
    @Transactional
    void deleteAccount(long accountId, String password) {
        Account account = confirmed(accountId, password);
        if (account.role() == Role.ADMIN && accounts.countByRole(Role.ADMIN) == 1) {
            throw new CredentialsRejectedException("password", HttpStatus.CONFLICT,
                    "You are the only administrator: make someone else an administrator before deleting your account.");
        }
        accounts.delete(accountId);
        sessions.endAllExcept(account.email(), null);
    }

    private Account confirmed(long accountId, String password) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new CredentialsRejectedException("password",
                HttpStatus.NOT_FOUND, "This account no longer exists."));
        throttle.lockedFor(account.email()).ifPresent(left -> {
            throw new CredentialsRejectedException("currentPassword", HttpStatus.TOO_MANY_REQUESTS,
                    "Too many wrong passwords: try again in " + Math.max(1, left.toMinutes()) + " minutes.");
        });
        String hash = accounts.passwordHashOf(accountId).orElseThrow();
        if (password == null || !encoder.matches(password, hash)) {
            throttle.recordFailure(account.email());
            throw new CredentialsRejectedException("currentPassword", HttpStatus.FORBIDDEN,
                    "That is not your current password.");
        }
        return account;
    }
}
