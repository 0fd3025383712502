package org.mlready.practice.review;

/**
 * The gaps between reviews of a mastered skill, in days: 1, 3, 7, 16 and 35 days after 0, 1, 2, 3 and 4 successful
 * reviews in a row (each roughly twice the one before, the expanding schedule of Leitner boxes and SuperMemo's early
 * steps), then doubling from 35 days up to a ceiling of a year, so a long-held skill still comes back once a year.
 */
public final class ReviewIntervals {

    private static final int[] FIRST_STEPS = {1, 3, 7, 16, 35};

    /** The longest gap between two reviews. */
    public static final int MAX_DAYS = 365;

    private ReviewIntervals() {
    }

    /** The gap after {@code successes} successful reviews in a row (0 = just mastered, or just failed a review). */
    public static int afterSuccesses(int successes) {
        if (successes < 0) {
            throw new IllegalArgumentException("successes must not be negative");
        }
        if (successes < FIRST_STEPS.length) {
            return FIRST_STEPS[successes];
        }
        long days = FIRST_STEPS[FIRST_STEPS.length - 1];
        for (int i = FIRST_STEPS.length - 1; i < successes && days < MAX_DAYS; i++) {
            days *= 2;
        }
        return (int) Math.min(days, MAX_DAYS);
    }

    /** The shortest gap: where a skill starts, and where a failed review sends it back. */
    public static int shortest() {
        return FIRST_STEPS[0];
    }
}
