package org.mlready.support;

import java.time.Duration;
import java.time.Instant;

/** A UTC clock that tests set and move forward, so that days pass without waiting. */
public final class MutableClock extends UtcTestClock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
