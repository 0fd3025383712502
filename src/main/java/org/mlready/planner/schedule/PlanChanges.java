package org.mlready.planner.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a re-plan changed, for the learner to see. Topics are compared by the date they finish (the last day of the
 * last week with one of their tasks); a topic counts as moved when that date shifts by a week or more, since a new
 * plan starting mid-week shifts every date by a few days.
 *
 * @param addedTopicIds      topics the new plan studies that the previous one did not
 * @param removedTopicIds    topics the previous plan studied that the new one drops (mastered or tested out)
 * @param movedTopics        topics in both plans that now finish at least a week earlier or later
 * @param removedResourceIds resources no longer planned (completed, or their topic dropped)
 * @param addedResourceIds   resources newly planned
 * @param previousEndDate    the previous plan's end date
 * @param newEndDate         the new plan's end date
 */
public record PlanChanges(List<String> addedTopicIds, List<String> removedTopicIds, List<TopicMove> movedTopics,
                          List<String> removedResourceIds, List<String> addedResourceIds,
                          LocalDate previousEndDate, LocalDate newEndDate) {

    public PlanChanges {
        addedTopicIds = List.copyOf(addedTopicIds);
        removedTopicIds = List.copyOf(removedTopicIds);
        movedTopics = List.copyOf(movedTopics);
        removedResourceIds = List.copyOf(removedResourceIds);
        addedResourceIds = List.copyOf(addedResourceIds);
    }

    /** Days the end date moved: negative when the new plan ends sooner. */
    public long endDateShiftDays() {
        return ChronoUnit.DAYS.between(previousEndDate, newEndDate);
    }

    public boolean isEmpty() {
        return addedTopicIds.isEmpty() && removedTopicIds.isEmpty() && movedTopics.isEmpty()
                && removedResourceIds.isEmpty() && addedResourceIds.isEmpty() && endDateShiftDays() == 0;
    }

    static PlanChanges between(Plan previous, Plan next) {
        Map<String, LocalDate> before = finishDates(previous);
        Map<String, LocalDate> after = finishDates(next);
        List<TopicMove> moved = new ArrayList<>();
        before.forEach((topic, finish) -> {
            LocalDate newFinish = after.get(topic);
            if (newFinish != null && Math.abs(ChronoUnit.DAYS.between(finish, newFinish)) >= 7) {
                moved.add(new TopicMove(topic, finish, newFinish));
            }
        });
        return new PlanChanges(missingFrom(after.keySet(), before.keySet()), missingFrom(before.keySet(), after.keySet()),
                moved, missingFrom(previous.resourceIds(), next.resourceIds()),
                missingFrom(next.resourceIds(), previous.resourceIds()), previous.endDate(), next.endDate());
    }

    private static Map<String, LocalDate> finishDates(Plan plan) {
        Map<String, LocalDate> finish = new LinkedHashMap<>();
        for (PlanWeek week : plan.weeks()) {
            week.topicIds().forEach(topic -> finish.put(topic, week.endDate()));
        }
        return finish;
    }

    private static List<String> missingFrom(Set<String> source, Set<String> other) {
        return source.stream().filter(id -> !other.contains(id)).toList();
    }
}
