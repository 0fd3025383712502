package org.mlready.assessment.item.check;

import java.util.Objects;

/** A verdict and a message for the learner (empty for a plain correct or incorrect answer). */
public record CheckResult(Verdict verdict, String message) {

    static final String UNREADABLE_PREFIX = "Could not read your answer: expected ";

    public CheckResult {
        Objects.requireNonNull(verdict, "verdict");
        message = message == null ? "" : message;
    }

    public static CheckResult correct() {
        return new CheckResult(Verdict.CORRECT, "");
    }

    public static CheckResult incorrect() {
        return new CheckResult(Verdict.INCORRECT, "");
    }

    public static CheckResult incorrect(String message) {
        return new CheckResult(Verdict.INCORRECT, message);
    }

    /** @param expected what was expected, e.g. "a number such as 0.25, 1/4 or 25%" */
    public static CheckResult unreadable(String expected) {
        return new CheckResult(Verdict.UNREADABLE, UNREADABLE_PREFIX + expected + ".");
    }

    /**
     * @param expected what was expected, e.g. "a number such as 0.25, 1/4 or 25%"
     * @param problem  what went wrong, e.g. "'x' is not a known constant or function"
     */
    public static CheckResult unreadable(String expected, String problem) {
        return new CheckResult(Verdict.UNREADABLE, UNREADABLE_PREFIX + expected + "; " + problem + ".");
    }

    public boolean isCorrect() {
        return verdict == Verdict.CORRECT;
    }
}
