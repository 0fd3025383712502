package org.mlready.analytics;

import java.util.OptionalDouble;

/**
 * The corrected point-biserial correlation of one item: the Pearson correlation, over learners, between the item
 * score (0 or 1) and the learner's rest-score (the proportion correct on the other families of the same topic).
 * Accumulates sums, so learners can be streamed through it.
 */
final class PointBiserial {

    static final int MIN_LEARNERS = 3;

    private long n;
    private double sumX;
    private double sumY;
    private double sumXX;
    private double sumYY;
    private double sumXY;

    void add(double item, double rest) {
        n++;
        sumX += item;
        sumY += rest;
        sumXX += item * item;
        sumYY += rest * rest;
        sumXY += item * rest;
    }

    long learners() {
        return n;
    }

    /** Empty with fewer than {@link #MIN_LEARNERS} learners, or when the item or the rest-score does not vary. */
    OptionalDouble value() {
        if (n < MIN_LEARNERS) {
            return OptionalDouble.empty();
        }
        double sxx = sumXX - sumX * sumX / n;
        double syy = sumYY - sumY * sumY / n;
        double sxy = sumXY - sumX * sumY / n;
        if (sxx <= 1e-12 || syy <= 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
    }
}
