package org.mlready.cohorts;

import java.time.LocalDate;

/**
 * A learner's recent practice on one topic: readable answers given in the practice window, how many were right,
 * the first and last day of them, and the mean knowledge-tracing mastery of the skills those answers were on.
 */
public record TopicPractice(String topicId, String topicTitle, int answers, int correct, LocalDate firstDay,
                            LocalDate lastDay, double mastery) {
}
