package org.mlready.planner;

/** Hours for people, used by the plan's templates: "2", "1.5", "0.25". */
public final class HoursFormat {

    public String of(double hours) {
        return PlanCalendar.hours(hours);
    }
}
