package org.mlready.planner.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The target date cannot be met at the requested hours per week.
 *
 * @param targetDate         the date asked for
 * @param weeksAvailable     whole weeks from the start date up to and including the target date
 * @param plan               the plan at the requested hours, showing when the learner would finish instead
 * @param neededHoursPerWeek the fewest whole hours per week whose plan ends on or before the target date; empty
 *                           when even {@link PlanRequest#MAX_HOURS_PER_WEEK} hours a week are not enough
 */
public record TargetUnreachable(LocalDate targetDate, int weeksAvailable, Plan plan, OptionalInt neededHoursPerWeek)
        implements PlanOutcome {

    public TargetUnreachable {
        Objects.requireNonNull(targetDate, "targetDate");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(neededHoursPerWeek, "neededHoursPerWeek");
    }

    /** A sentence for the learner saying what it would take. */
    public String explanation() {
        String atRequested = "At " + plan.hoursPerWeek() + " hours a week the plan takes " + plan.weeks().size()
                + " weeks and ends on " + plan.endDate() + ".";
        if (weeksAvailable == 0) {
            return "The target date " + targetDate + " leaves no whole week to study. " + atRequested;
        }
        String window = "Finishing by " + targetDate + " leaves " + weeksAvailable + " week"
                + (weeksAvailable == 1 ? "" : "s") + ". ";
        if (neededHoursPerWeek.isPresent()) {
            return window + "That needs " + neededHoursPerWeek.getAsInt() + " hours a week. " + atRequested;
        }
        return window + "Even " + PlanRequest.MAX_HOURS_PER_WEEK
                + " hours a week, the most the planner allows, would not be enough; choose a later date. " + atRequested;
    }
}
