package org.mlready.labs.metrics;

/** Argument checks shared by the metrics. */
final class Labels {

    private Labels() {
    }

    static void check(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        int positives = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN");
            }
            positives += positive[i] ? 1 : 0;
        }
        if (positives == 0 || positives == scores.length) {
            throw new IllegalArgumentException("ROC needs both positives and negatives");
        }
    }
}
