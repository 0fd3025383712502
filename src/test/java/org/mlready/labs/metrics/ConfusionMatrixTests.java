package org.mlready.labs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTests {

    // labels:      1    1    1    1    0    0    0    0    0    0
    // scores:     .9   .6   .5   .2   .7   .5   .4   .1   .3   .05
    // at >= 0.5:   TP   TP   TP   FN   FP   FP   TN   TN   TN   TN
    private static final double[] SCORES = {0.9, 0.6, 0.5, 0.2, 0.7, 0.5, 0.4, 0.1, 0.3, 0.05};
    private static final boolean[] LABELS = {true, true, true, true, false, false, false, false, false, false};

    @Test
    void countsPredictionsAtTheThresholdWithTheThresholdItselfPositive() {
        assertThat(ConfusionMatrix.at(0.5, SCORES, LABELS)).isEqualTo(new ConfusionMatrix(3, 2, 4, 1));
    }

    @Test
    void derivesAccuracyPrecisionRecallAndF1() {
        ConfusionMatrix m = ConfusionMatrix.at(0.5, SCORES, LABELS);
        assertThat(m.accuracy()).isEqualTo(0.7);
        assertThat(m.precision()).isEqualTo(0.6);
        assertThat(m.recall()).isEqualTo(0.75);
        // harmonic mean of 0.6 and 0.75 = 2 * 0.45 / 1.35 = 2/3
        assertThat(m.f1()).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void givesZeroWhenNothingIsPredictedPositive() {
        ConfusionMatrix m = ConfusionMatrix.at(0.95, SCORES, LABELS);
        assertThat(m).isEqualTo(new ConfusionMatrix(0, 0, 6, 4));
        assertThat(m.precision()).isZero();
        assertThat(m.f1()).isZero();
        assertThat(m.accuracy()).isEqualTo(0.6);
    }

    @Test
    void scoresAtHalfBundleAucF1AndTheCurve() {
        ClassificationScore score = ClassificationScore.of(SCORES, LABELS);
        assertThat(score.rows()).isEqualTo(10);
        assertThat(score.f1()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(score.accuracy()).isEqualTo(0.7);
        // positives .9 .6 .5 .2 against 6 negatives: 6 + 5 + (4 + 0.5) + 2 = 17.5 of 24 pairs
        assertThat(score.rocAuc()).isCloseTo(17.5 / 24, within(1e-15));
        assertThat(score.rocCurve()).hasSize(10);
    }

    @Test
    void meanSquaredErrorDividesBySampleSize() {
        // residuals 1, -2, 0.5 -> (1 + 4 + 0.25) / 3
        assertThat(MeanSquaredError.of(new double[] {3, 5, 2.5}, new double[] {2, 7, 2}))
                .isCloseTo(5.25 / 3, within(1e-15));
    }
}
