package org.mlready.support;

import java.time.Duration;
import java.time.Instant;

/** A UTC clock that runs like the real one but that a test can move forward, so that weeks pass in a moment. */
public final class ShiftableClock extends UtcTestClock {

    private volatile Duration shift = Duration.ZERO;

    public void advance(Duration duration) {
        shift = shift.plus(duration);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }
}
