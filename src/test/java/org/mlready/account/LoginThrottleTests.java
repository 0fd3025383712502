package org.mlready.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void locksAfterFiveFailuresWithinTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("A@example.org");
        }
        assertThat(throttle.lockedFor("a@example.org")).isEmpty();
        throttle.recordFailure("a@example.org ");
        assertThat(throttle.lockedFor("a@example.org")).contains(Duration.ofMinutes(15));
    }

    @Test
    void unlocksWhenTheLockoutEnds() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("b@example.org");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("b@example.org")).isEmpty();
    }

    @Test
    void forgetsFailuresOlderThanTheWindowAndAfterSuccess() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("c@example.org");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        throttle.recordFailure("c@example.org");
        assertThat(throttle.lockedFor("c@example.org")).isEmpty();
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("c@example.org");
        }
        throttle.recordSuccess("c@example.org");
        throttle.recordFailure("c@example.org");
        assertThat(throttle.lockedFor("c@example.org")).isEmpty();
    }
}
