package org.mlready.planner.schedule;

/** The planner's answer: a plan, or (when a target date was asked for) a plan that cannot meet it. */
public sealed interface PlanOutcome permits Plan, TargetUnreachable {

    /** The plan at the requested hours per week, whether or not it meets the target date. */
    Plan plan();
}
