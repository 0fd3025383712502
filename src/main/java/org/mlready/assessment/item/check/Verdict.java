package org.mlready.assessment.item.check;

/** The outcome of checking one response. */
public enum Verdict {
    CORRECT,
    INCORRECT,
    /**
     * The response could not be read in the expected format. This is not a wrong answer: the learner should be
     * told what format was expected and be allowed to answer again without penalty.
     */
    UNREADABLE
}
