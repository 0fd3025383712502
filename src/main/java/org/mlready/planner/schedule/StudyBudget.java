package org.mlready.planner.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlready.curriculum.Curriculum;
import org.mlready.curriculum.Pathway;
import org.mlready.curriculum.Resource;
import org.mlready.curriculum.Topic;

/**
 * Minutes of resource study each topic, and each of the pathway's own resources, gets for one background, nothing
 * mastered. See {@link PlanScheduler} for the rule; in short
 * {@code budget(t) = clamp(round(scale * weight(area of t) * hours(t)), 1 h, hours(t))} for a topic,
 * {@code budget(r) = clamp(round(scale * 1 * hours(r)), 1 h, hours(r))} for a pathway resource (weighted like an
 * emphasis area), with {@code scale} the largest (found by bisection) for which the whole plan lasts at most the
 * middle of the pathway's week range at {@link #REFERENCE_HOURS_PER_WEEK}.
 */
public final class StudyBudget {

    /** The weekly hours at which the seed's week ranges are read (the premise). */
    public static final int REFERENCE_HOURS_PER_WEEK = 10;
    /** No topic or pathway resource gets less than an hour of study (unless it is shorter). */
    static final int FLOOR_MINUTES = 60;
    /** The pathway's own resources are its core recommendation: weighted like its emphasis areas. */
    static final double PATHWAY_RESOURCE_WEIGHT = BackgroundAreas.EMPHASIS_WEIGHT;

    private final String pathwayId;
    private final int targetStudyMinutes;
    private final double scale;
    private final Map<String, Integer> topicMinutes;
    private final Map<String, Integer> pathwayResourceMinutes;

    private StudyBudget(String pathwayId, int targetStudyMinutes, double scale, Map<String, Integer> topicMinutes,
                        Map<String, Integer> pathwayResourceMinutes) {
        this.pathwayId = pathwayId;
        this.targetStudyMinutes = targetStudyMinutes;
        this.scale = scale;
        this.topicMinutes = Map.copyOf(topicMinutes);
        this.pathwayResourceMinutes = Map.copyOf(pathwayResourceMinutes);
    }

    static StudyBudget of(Curriculum curriculum, Pathway pathway, BackgroundAreas areas) {
        double middleWeeks = (pathway.minWeeks() + pathway.maxWeeks()) / 2.0;
        int studyMinutesPerWeek = WeekPacker.studyMinutesPerWeek(REFERENCE_HOURS_PER_WEEK);
        int target = roundToSlot(middleWeeks * studyMinutesPerWeek);
        int practice = curriculum.topics().size() * TopicWork.PRACTICE_MINUTES;
        int resourceTarget = Math.max(0, target - practice);
        double low = 0;
        double high = 1 / BackgroundAreas.REVIEW_WEIGHT; // every topic and pathway resource at its full hours
        for (int i = 0; i < 60; i++) {
            double middle = (low + high) / 2;
            if (total(budgets(curriculum, areas, middle)) + total(pathwayBudgets(pathway, middle)) <= resourceTarget) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return new StudyBudget(pathway.id(), target, low, budgets(curriculum, areas, low), pathwayBudgets(pathway, low));
    }

    private static Map<String, Integer> budgets(Curriculum curriculum, BackgroundAreas areas, double scale) {
        Map<String, Integer> budgets = new LinkedHashMap<>();
        for (Topic topic : curriculum.topics()) {
            budgets.put(topic.id(), clamp(scale * areas.weightOf(topic.areaId()), topic.hours()));
        }
        return budgets;
    }

    private static Map<String, Integer> pathwayBudgets(Pathway pathway, double scale) {
        Map<String, Integer> budgets = new LinkedHashMap<>();
        for (Resource resource : pathway.resources()) {
            budgets.put(resource.id(), clamp(scale * PATHWAY_RESOURCE_WEIGHT, resource.hours()));
        }
        return budgets;
    }

    private static int clamp(double share, int hours) {
        int full = hours * 60;
        return Math.min(full, Math.max(FLOOR_MINUTES, roundToSlot(share * full)));
    }
    private static int total(Map<String, Integer> budgets) {
        return budgets.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Rounds up to a whole number of slots, and to at least one. */
    static int ceilToSlot(double minutes) {
        return Math.max(1, (int) Math.ceil(minutes / StudyTask.SLOT_MINUTES)) * StudyTask.SLOT_MINUTES;
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

    /** Study planned for one of the pathway's own resources when nothing is mastered or completed. */
    public int pathwayResourceMinutes(String resourceId) {
        Integer minutes = pathwayResourceMinutes.get(resourceId);
        if (minutes == null) {
            throw new IllegalArgumentException("resource " + resourceId + " is not one of pathway " + pathwayId + "'s");
        }
        return minutes;
    }

    /** Resource study of the topics, nothing mastered. */
    public int resourceMinutes() {
        return total(topicMinutes);
    }

    /** Study of the pathway's own resources, nothing mastered. */
    public int pathwayResourceMinutes() {
        return total(pathwayResourceMinutes);
    }

    /** Study time (resources and practice, without checkpoints) aimed for: the range's middle at the reference pace. */
    public int targetStudyMinutes() {
        return targetStudyMinutes;
    }
}
