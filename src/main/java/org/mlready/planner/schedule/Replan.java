package org.mlready.planner.schedule;

/** A plan recomputed from today, and how it differs from the plan the learner had. */
public record Replan(PlanOutcome outcome, PlanChanges changes) {

    public Plan plan() {
        return outcome.plan();
    }
}
