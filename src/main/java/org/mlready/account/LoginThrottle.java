package org.mlready.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks an email out for a while after repeated failed logins: {@code maxFailures} failures within
 * {@code window} lock it for {@code lockout}. Kept in memory of each instance, which is enough to stop
 * password guessing at the rate one instance can serve.
 */
public final class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Duration lockout, Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    public void recordFailure(String email) {
        String key = key(email);
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.removeFirst();
            }
            if (recent.size() >= maxFailures) {
                lockedUntil.put(key, now.plus(lockout));
                recent.clear();
            }
        }
    }

    public void recordSuccess(String email) {
        failures.remove(key(email));
    }

    /** How long the email stays locked, if it is locked now. */
    public Optional<Duration> lockedFor(String email) {
        Instant until = lockedUntil.get(key(email));
        if (until == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), until);
        if (left.isNegative() || left.isZero()) {
            lockedUntil.remove(key(email));
            return Optional.empty();
        }
        return Optional.of(left);
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
