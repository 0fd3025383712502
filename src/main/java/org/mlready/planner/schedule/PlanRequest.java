package org.mlready.planner.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a learner asks the planner for.
 *
 * @param pathwayId            the learner's background: the id of a curriculum pathway ({@code maths-statistics},
 *                             {@code software-engineering}, {@code beginner})
 * @param hoursPerWeek         study time available each week, 1 to 80 whole hours
 * @param startDate            the first day of week 1 (for a re-plan: today)
 * @param targetDate           the day by which the learner wants to be done, if any
 * @param masteredTopicIds     topics tested out in the readiness check or self-reported; skipped entirely
 * @param masteredSkillIds     skills already mastered; a topic whose skills are all mastered is skipped too
 * @param completedResourceIds resources already studied; their hours count towards their topic's budget
 */
public record PlanRequest(String pathwayId, int hoursPerWeek, LocalDate startDate, Optional<LocalDate> targetDate,
                          Set<String> masteredTopicIds, Set<String> masteredSkillIds, Set<String> completedResourceIds) {

    public static final int MIN_HOURS_PER_WEEK = 1;
    public static final int MAX_HOURS_PER_WEEK = 80;

    public PlanRequest {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(targetDate, "targetDate");
        if (hoursPerWeek < MIN_HOURS_PER_WEEK || hoursPerWeek > MAX_HOURS_PER_WEEK) {
            throw new IllegalArgumentException("hoursPerWeek must be " + MIN_HOURS_PER_WEEK + " to "
                    + MAX_HOURS_PER_WEEK + ", was " + hoursPerWeek);
        }
        masteredTopicIds = Set.copyOf(masteredTopicIds);
        masteredSkillIds = Set.copyOf(masteredSkillIds);
        completedResourceIds = Set.copyOf(completedResourceIds);
    }

    /** A request with nothing mastered or completed and no target date. */
    public static PlanRequest fresh(String pathwayId, int hoursPerWeek, LocalDate startDate) {
        return new PlanRequest(pathwayId, hoursPerWeek, startDate, Optional.empty(), Set.of(), Set.of(), Set.of());
    }

    public PlanRequest withTargetDate(LocalDate target) {
        return new PlanRequest(pathwayId, hoursPerWeek, startDate, Optional.of(target), masteredTopicIds,
                masteredSkillIds, completedResourceIds);
    }

    public PlanRequest withHoursPerWeek(int hours) {
        return new PlanRequest(pathwayId, hours, startDate, targetDate, masteredTopicIds, masteredSkillIds,
                completedResourceIds);
    }
}
