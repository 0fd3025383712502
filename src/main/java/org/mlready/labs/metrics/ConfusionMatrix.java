package org.mlready.labs.metrics;

/**
 * Counts of a binary classification at one threshold. Accuracy, precision, recall and F1 derive from it; when a ratio
 * has a zero denominator (nothing predicted positive, say) it is 0, as scikit-learn does with {@code zero_division=0}.
 */
public record ConfusionMatrix(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    /** Predicts positive when the score is at least {@code threshold}. */
    public static ConfusionMatrix at(double threshold, double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && positive[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (positive[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    public int total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Harmonic mean of precision and recall, written as 2TP / (2TP + FP + FN). */
    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
