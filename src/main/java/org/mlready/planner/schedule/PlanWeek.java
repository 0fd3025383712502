package org.mlready.planner.schedule;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One week of a plan: its number (from 1), first day, and tasks in study order, the checkpoint last. */
public record PlanWeek(int number, LocalDate startDate, List<StudyTask> tasks) {

    public PlanWeek {
        tasks = List.copyOf(tasks);
    }

    public LocalDate endDate() {
        return startDate.plusDays(6);
    }

    public int minutes() {
        return tasks.stream().mapToInt(StudyTask::minutes).sum();
    }

    public double hours() {
        return minutes() / 60.0;
    }

    /** Topics studied this week (resources or practice), in order of first appearance. */
    public Set<String> topicIds() {
        Set<String> topics = new LinkedHashSet<>();
        tasks.stream().filter(t -> t.kind() != TaskKind.CHECKPOINT).forEach(t -> topics.add(t.topicId()));
        return topics;
    }

    /** The tasks other than the checkpoint. */
    public List<StudyTask> studyTasks() {
        return tasks.stream().filter(t -> t.kind() != TaskKind.CHECKPOINT).toList();
    }
}
