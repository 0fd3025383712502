package org.mlready.progress;

import java.util.List;

/**
 * A learner's graded practice answers, oldest first. Provided by the practice module, which stores the answers and
 * knows each item's hints and guess chance (it builds on progress, so progress asks through this interface).
 */
public interface PracticeHistory {

    /** Every answer that updated the learner's mastery, in the order they were recorded. */
    List<GradedAnswer> gradedAnswers(long accountId);
}
