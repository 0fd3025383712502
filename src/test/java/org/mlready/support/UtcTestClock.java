package org.mlready.support;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock in UTC, the application's only zone; subclasses decide what time it is. */
abstract class UtcTestClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is always UTC");
    }
}
