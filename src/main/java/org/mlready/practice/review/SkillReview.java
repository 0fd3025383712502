package org.mlready.practice.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a mastered skill stands in its review schedule.
 *
 * @param masteredAt     when the skill first reached the mastery threshold (and entered review)
 * @param successes      successful reviews in a row since then or since the last failed one
 * @param scheduledOn    the day of the answer that set the current gap (mastery, a counted review or a failure)
 * @param intervalDays   the current gap
 * @param dueOn          {@code scheduledOn + intervalDays}: from this day on the skill is due
 */
public record SkillReview(Instant masteredAt, int successes, LocalDate scheduledOn, int intervalDays, LocalDate dueOn) {

    public boolean dueBy(LocalDate today) {
        return !today.isBefore(dueOn);
    }
}
