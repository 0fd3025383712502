package org.mlready.planner.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of work in a week. Time is kept in whole minutes (always a multiple of {@link #SLOT_MINUTES}) so that
 * weekly sums are exact.
 *
 * @param kind       resource study, practice set or checkpoint
 * @param topicIds   the topic studied (exactly one for resources and practice; the week's topics for a checkpoint)
 * @param skillIds   the skills the task works on, mastered ones left out
 * @param resourceId the resource, for {@link TaskKind#RESOURCE} tasks only
 * @param pathwayResource whether the resource is one of the pathway's own (scheduled with the topic it opens) rather
 *                        than one of the topic's
 * @param minutes    planned time; a resource split across weeks appears in each week with that week's part
 */
public record StudyTask(TaskKind kind, List<String> topicIds, List<String> skillIds, Optional<String> resourceId,
                        boolean pathwayResource, int minutes) {

    /** The planner's unit of time: every task length is a multiple of a quarter of an hour. */
    public static final int SLOT_MINUTES = 15;

    public StudyTask {
        Objects.requireNonNull(kind, "kind");
        topicIds = List.copyOf(topicIds);
        skillIds = List.copyOf(skillIds);
        Objects.requireNonNull(resourceId, "resourceId");
        if (resourceId.isPresent() != (kind == TaskKind.RESOURCE)) {
            throw new IllegalArgumentException("only resource tasks name a resource");
        }
        if (pathwayResource && kind != TaskKind.RESOURCE) {
            throw new IllegalArgumentException("only resource tasks can be pathway resources");
        }
        if (kind != TaskKind.CHECKPOINT && topicIds.size() != 1) {
            throw new IllegalArgumentException(kind + " tasks belong to exactly one topic");
        }
        if (minutes <= 0 || minutes % SLOT_MINUTES != 0) {
            throw new IllegalArgumentException("minutes must be a positive multiple of " + SLOT_MINUTES);
        }
    }

    static StudyTask resource(String topicId, List<String> skillIds, String resourceId, int minutes) {
        return new StudyTask(TaskKind.RESOURCE, List.of(topicId), skillIds, Optional.of(resourceId), false, minutes);
    }

    static StudyTask pathwayResource(String topicId, List<String> skillIds, String resourceId, int minutes) {
        return new StudyTask(TaskKind.RESOURCE, List.of(topicId), skillIds, Optional.of(resourceId), true, minutes);
    }

    static StudyTask practice(String topicId, List<String> skillIds, int minutes) {
        return new StudyTask(TaskKind.PRACTICE, List.of(topicId), skillIds, Optional.empty(), false, minutes);
    }

    static StudyTask checkpoint(List<String> topicIds, List<String> skillIds, int minutes) {
        return new StudyTask(TaskKind.CHECKPOINT, topicIds, skillIds, Optional.empty(), false, minutes);
    }

    /** The topic of a resource or practice task. */
    public String topicId() {
        if (kind == TaskKind.CHECKPOINT) {
            throw new IllegalStateException("a checkpoint covers the week's topics: use topicIds()");
        }
        return topicIds.get(0);
    }

    public double hours() {
        return minutes / 60.0;
    }

    StudyTask withMinutes(int newMinutes) {
        return new StudyTask(kind, topicIds, skillIds, resourceId, pathwayResource, newMinutes);
    }

    /** Whether two parts are the same piece of work (and may be merged within a week). */
    boolean sameWorkAs(StudyTask other) {
        return kind == other.kind && topicIds.equals(other.topicIds) && resourceId.equals(other.resourceId);
    }
}
