package org.mlready.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Locks an email (or another subject) out for a while after repeated failures: {@code maxFailures} failures within
 * {@code window} lock it for {@code lockout}. The counts live in a {@link ThrottleState}: the database in the
 * application, so that every instance behind a load balancer shares them.
 */
public final class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final ThrottleState state;

    /** A throttle that keeps its counts in this instance's memory. */
    public LoginThrottle(int maxFailures, Duration window, Duration lockout, Clock clock) {
        this(maxFailures, window, lockout, clock, new MemoryThrottleState());
    }

    public LoginThrottle(int maxFailures, Duration window, Duration lockout, Clock clock, ThrottleState state) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
        this.state = state;
    }

    public void recordFailure(String email) {
        String key = key(email);
        Instant now = clock.instant();
        if (state.addFailure(key, now, now.minus(window)) >= maxFailures) {
            state.lock(key, now.plus(lockout));
            state.clearFailures(key);
        }
    }

    public void recordSuccess(String email) {
        state.clearFailures(key(email));
    }

    /** How long the email stays locked, if it is locked now. */
    public Optional<Duration> lockedFor(String email) {
        String key = key(email);
        Optional<Instant> until = state.lockedUntil(key);
        if (until.isEmpty()) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), until.get());
        if (left.isNegative() || left.isZero()) {
            state.unlock(key);
            return Optional.empty();
        }
        return Optional.of(left);
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
