package org.mlready.account;

import java.time.Instant;
import java.util.Optional;

/** Where a {@link LoginThrottle} keeps its failures and locks: one instance's memory, or the shared database. */
public interface ThrottleState {

    /** Records a failure at {@code at}, forgets those before {@code windowStart}; returns the failures left. */
    int addFailure(String subject, Instant at, Instant windowStart);

    void clearFailures(String subject);

    Optional<Instant> lockedUntil(String subject);

    void lock(String subject, Instant until);

    void unlock(String subject);
}
