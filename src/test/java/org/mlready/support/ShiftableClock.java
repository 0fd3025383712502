package org.mlready.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that runs like the real one but that a test can move forward, so that weeks pass in a moment. */
public final class ShiftableClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    public void advance(Duration duration) {
        shift = shift.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is always UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }
}
