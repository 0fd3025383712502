package org.mlready.planner.schedule;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A week-by-week study plan. Week {@code n} starts {@code 7 * (n - 1)} days after {@code startDate}; the plan ends
 * on the last day of its last week. A plan with nothing left to study has no weeks and ends on its start date.
 */
public record Plan(String pathwayId, int hoursPerWeek, LocalDate startDate, List<PlanWeek> weeks)
        implements PlanOutcome {

    public Plan {
        weeks = List.copyOf(weeks);
    }

    @Override
    public Plan plan() {
        return this;
    }

    public int totalMinutes() {
        return weeks.stream().mapToInt(PlanWeek::minutes).sum();
    }

    public double totalHours() {
        return totalMinutes() / 60.0;
    }

    public LocalDate endDate() {
        return weeks.isEmpty() ? startDate : weeks.get(weeks.size() - 1).endDate();
    }

    /** Every topic the plan studies, in order of first appearance. */
    public Set<String> topicIds() {
        Set<String> topics = new LinkedHashSet<>();
        weeks.forEach(w -> topics.addAll(w.topicIds()));
        return topics;
    }

    /** Every resource the plan studies, in order of first appearance. */
    public Set<String> resourceIds() {
        Set<String> resources = new LinkedHashSet<>();
        weeks.forEach(w -> w.tasks().forEach(t -> t.resourceId().ifPresent(resources::add)));
        return resources;
    }
}
