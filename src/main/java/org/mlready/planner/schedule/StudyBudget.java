package org.mlready.planner.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Pathway;
import org.mlready.curriculum.Topic;

/**
 * Minutes of resource study each topic gets for one background, nothing mastered. See {@link PlanScheduler} for
 * the rule; in short {@code budget(t) = clamp(round(scale * weight(area of t) * hours(t)), 1 h, hours(t))}, with
 * {@code scale} the largest (found by bisection) for which the whole plan lasts at most the middle of the pathway's week range at
 * {@link #REFERENCE_HOURS_PER_WEEK}.
 */
public final class StudyBudget {

    /** The weekly hours at which the seed's week ranges are read (the premise). */
    public static final int REFERENCE_HOURS_PER_WEEK = 10;
    /** No topic gets less than an hour of resource study (unless its resources are shorter). */
    static final int FLOOR_MINUTES = 60;

    private final String pathwayId;
    private final int targetStudyMinutes;
    private final double scale;
    private final Map<String, Integer> topicMinutes;

    private StudyBudget(String pathwayId, int targetStudyMinutes, double scale, Map<String, Integer> topicMinutes) {
        this.pathwayId = pathwayId;
        this.targetStudyMinutes = targetStudyMinutes;
        this.scale = scale;
        this.topicMinutes = Map.copyOf(topicMinutes);
    }

    static StudyBudget of(Curriculum curriculum, Pathway pathway, BackgroundAreas areas) {
        double middleWeeks = (pathway.minWeeks() + pathway.maxWeeks()) / 2.0;
        int studyMinutesPerWeek = WeekPacker.studyMinutesPerWeek(REFERENCE_HOURS_PER_WEEK);
        int target = roundToSlot(middleWeeks * studyMinutesPerWeek);
        int practice = curriculum.topics().size() * TopicWork.PRACTICE_MINUTES;
        int resourceTarget = Math.max(0, target - practice);
        double low = 0;
        double high = 1 / BackgroundAreas.REVIEW_WEIGHT; // every topic at its full hours
        for (int i = 0; i < 60; i++) {
            double middle = (low + high) / 2;
            if (total(budgets(curriculum, areas, middle)) <= resourceTarget) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return new StudyBudget(pathway.id(), target, low, budgets(curriculum, areas, low));
    }

    private static Map<String, Integer> budgets(Curriculum curriculum, BackgroundAreas areas, double scale) {
        Map<String, Integer> budgets = new LinkedHashMap<>();
        for (Topic topic : curriculum.topics()) {
            int full = topic.hours() * 60;
            int scaled = roundToSlot(scale * areas.weightOf(topic.areaId()) * full);
            budgets.put(topic.id(), Math.min(full, Math.max(FLOOR_MINUTES, scaled)));
        }
        return budgets;
    }

    private static int total(Map<String, Integer> budgets) {
        return budgets.values().stream().mapToInt(Integer::intValue).sum();
    }

    static int roundToSlot(double minutes) {
        return (int) Math.round(minutes / StudyTask.SLOT_MINUTES) * StudyTask.SLOT_MINUTES;
    }

    public String pathwayId() {
        return pathwayId;
    }

    /** The factor applied to every weighted topic's hours. */
    public double scale() {
        return scale;
    }

    /** Resource study planned for a topic when nothing is mastered or completed. */
    public int topicMinutes(String topicId) {
        Integer minutes = topicMinutes.get(topicId);
        if (minutes == null) {
            throw new IllegalArgumentException("unknown topic " + topicId);
        }
        return minutes;
    }

    public int resourceMinutes() {
        return total(topicMinutes);
    }

    /** Study time (resources and practice, without checkpoints) aimed for: the range's middle at the reference pace. */
    public int targetStudyMinutes() {
        return targetStudyMinutes;
    }
}
