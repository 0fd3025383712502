package org.mlready.cohorts;

/**
 * Why a member counts as stuck, with the evidence in words (counts, dates).
 *
 * @param kind     TOPIC, BEHIND_PLAN or INACTIVE
 * @param topicId  the topic of a TOPIC flag, otherwise null
 * @param evidence what the rule saw, e.g. "8 practice answers from 2026-05-01 to 2026-05-03, 1 correct; ..."
 */
public record StuckFlag(Kind kind, String topicId, String topicTitle, String evidence) {

    public enum Kind {
        TOPIC, BEHIND_PLAN, INACTIVE, CHECKPOINT
    }
}
