package org.mlready.assessment.cat;

public enum StopReason {
    /** Every topic is decided (and every area visited, and the minimum length reached). */
    ALL_DECIDED,
    /** The maximum length was reached. */
    MAX_LENGTH,
    /** No unasked item could still help. */
    POOL_EXHAUSTED
}
