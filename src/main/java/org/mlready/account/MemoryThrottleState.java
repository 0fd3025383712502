package org.mlready.account;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Throttle state in this instance's memory (unit tests, and a single instance needs no more). */
final class MemoryThrottleState implements ThrottleState {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    @Override
    public int addFailure(String subject, Instant at, Instant windowStart) {
        Deque<Instant> recent = failures.computeIfAbsent(subject, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(at);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(windowStart)) {
                recent.removeFirst();
            }
            return recent.size();
        }
    }

    @Override
    public void clearFailures(String subject) {
        failures.remove(subject);
    }

    @Override
    public Optional<Instant> lockedUntil(String subject) {
        return Optional.ofNullable(lockedUntil.get(subject));
    }

    @Override
    public void lock(String subject, Instant until) {
        lockedUntil.put(subject, until);
    }

    @Override
    public void unlock(String subject) {
        lockedUntil.remove(subject);
    }
}
