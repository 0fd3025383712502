package org.mlready.cohorts;

import java.time.Instant;
import java.time.LocalDate;

/** An instructor's cohort; {@code targetDate} may be null. */
public record Cohort(long id, long ownerId, String name, LocalDate targetDate, String joinCode, Instant createdAt,
                     int memberCount) {
}
