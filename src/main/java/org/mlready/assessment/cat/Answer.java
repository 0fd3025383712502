package org.mlready.assessment.cat;

/**
 * How a learner answered. {@link #DONT_KNOW} is a legitimate answer: it is scored as incorrect without a guess,
 * which for the 3PL model carries exactly the same evidence about ability as a wrong answer (see
 * docs/readiness-model.md, section "I don't know").
 */
public enum Answer {
    CORRECT,
    INCORRECT,
    DONT_KNOW;

    public boolean correct() {
        return this == CORRECT;
    }
}
