package org.mlready.planner;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as shown to people and scripts: every id with its title, hours as decimals. {@code done} on a task says
 * whether the learner has finished its resource (always false in a preview).
 */
public record PlanView(String background, int hoursPerWeek, LocalDate startDate, LocalDate endDate, LocalDate targetDate,
                       boolean targetMet, String targetExplanation, Integer neededHoursPerWeek, double totalHours,
                       List<TopicSpan> topics, List<WeekView> weeks) {

    /** A topic and the weeks it is studied in, first to last. */
    public record TopicSpan(String topicId, String title, int firstWeek, int lastWeek) {
    }

    public record WeekView(int number, LocalDate startDate, LocalDate endDate, double hours, List<String> topicIds,
                           List<TaskView> tasks) {
    }

    /**
     * @param kind       RESOURCE, PRACTICE or CHECKPOINT
     * @param topicIds   the topic (one) or, for a checkpoint, the week's topics
     * @param resourceId the resource of a RESOURCE task, otherwise null
     * @param title      what to do, in words
     * @param url        where to do it: the resource's address (or, without one, its topic's or pathway's page), or the
     *                   practice page of the topic
     * @param pathwayResource whether the resource is one of the learner's pathway's own (such as "Python for
     *                   Mathematicians"), scheduled with the topic it opens, rather than one of the topic's
     */
    public record TaskView(String kind, List<String> topicIds, String resourceId, String title, String url, double hours,
                           boolean done, boolean pathwayResource) {
    }
}
