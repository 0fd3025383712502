package org.mlready.planner.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills weeks in order with study sessions, splitting a session at a week's end, and closes each week with its
 * checkpoint. Every week but the last is full, so the number of weeks is
 * {@code ceil(study minutes / (60 * hoursPerWeek - checkpoint minutes))}.
 */
final class WeekPacker {

    private WeekPacker() {
    }

    /** Half an hour at four hours a week or more; a quarter of an hour below that. */
    static int checkpointMinutes(int hoursPerWeek) {
        return hoursPerWeek >= 4 ? 30 : 15;
    }

    static int studyMinutesPerWeek(int hoursPerWeek) {
        return hoursPerWeek * 60 - checkpointMinutes(hoursPerWeek);
    }

    static int weeksNeeded(int studyMinutes, int hoursPerWeek) {
        int perWeek = studyMinutesPerWeek(hoursPerWeek);
        return (studyMinutes + perWeek - 1) / perWeek;
    }

    static List<PlanWeek> pack(List<StudyTask> sessions, int hoursPerWeek, LocalDate startDate) {
        int capacity = studyMinutesPerWeek(hoursPerWeek);
        List<PlanWeek> weeks = new ArrayList<>();
        List<StudyTask> current = new ArrayList<>();
        int free = capacity;
        for (StudyTask session : sessions) {
            int left = session.minutes();
            while (left > 0) {
                if (free == 0) {
                    weeks.add(close(weeks.size() + 1, startDate, current, hoursPerWeek));
                    current = new ArrayList<>();
                    free = capacity;
                }
                int part = Math.min(left, free);
                add(current, session.withMinutes(part));
                left -= part;
                free -= part;
            }
        }
        if (!current.isEmpty()) {
            weeks.add(close(weeks.size() + 1, startDate, current, hoursPerWeek));
        }
        return weeks;
    }

    /** Adds a part to the week, joining it to an earlier part of the same work in that week. */
    private static void add(List<StudyTask> week, StudyTask part) {
        for (int i = 0; i < week.size(); i++) {
            StudyTask existing = week.get(i);
            if (existing.sameWorkAs(part)) {
                week.set(i, existing.withMinutes(existing.minutes() + part.minutes()));
                return;
            }
        }
        week.add(part);
    }

    private static PlanWeek close(int number, LocalDate startDate, List<StudyTask> tasks, int hoursPerWeek) {
        Set<String> topics = new LinkedHashSet<>();
        Set<String> skills = new LinkedHashSet<>();
        for (StudyTask task : tasks) {
            topics.add(task.topicId());
            skills.addAll(task.skillIds());
        }
        List<StudyTask> withCheckpoint = new ArrayList<>(tasks);
        withCheckpoint.add(StudyTask.checkpoint(List.copyOf(topics), List.copyOf(skills), checkpointMinutes(hoursPerWeek)));
        return new PlanWeek(number, startDate.plusWeeks(number - 1L), withCheckpoint);
    }
}
