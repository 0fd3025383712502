package org.mlready.planner.schedule;

/** What a study task asks the learner to do. */
public enum TaskKind {
    /** Study (part of) one resource of a topic. */
    RESOURCE,
    /** Work through the topic's practice set (exercises drawn from the item bank for its skills). */
    PRACTICE,
    /** The end-of-week quiz: a short set of item-bank questions on the skills studied that week. */
    CHECKPOINT
}
