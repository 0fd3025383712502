package org.mlready.assessment.item.data;

import org.mlready.assessment.item.MarkdownTable;
/** The four cells of a binary confusion matrix and the metrics derived from them. */
record ConfusionCounts(int tp, int fp, int fn, int tn) {

    static ConfusionCounts of(int[] actual, int[] predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < actual.length; i++) {
            if (predicted[i] == 1) {
                if (actual[i] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (actual[i] == 1) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ConfusionCounts(tp, fp, fn, tn);
    }

    /** Predictions {@code score >= threshold}. */
    static ConfusionCounts atThreshold(int[] actual, double[] scores, double threshold) {
        int[] predicted = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            predicted[i] = scores[i] >= threshold ? 1 : 0;
        }
        return of(actual, predicted);
    }

    int total() {
        return tp + fp + fn + tn;
    }

    double accuracy() {
        return (double) (tp + tn) / total();
    }

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double specificity() {
        return tn + fp == 0 ? 0 : (double) tn / (tn + fp);
    }

    /** F1 as 2TP / (2TP + FP + FN), which equals the harmonic mean of precision and recall. */
    double f1() {
        return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    /** The matrix as scikit-learn's {@code confusion_matrix} lays it out: rows actual 0/1, columns predicted 0/1. */
    String markdown() {
        return MarkdownTable.render(java.util.List.of("", "predicted 0", "predicted 1"), java.util.List.of(
                java.util.List.of("**actual 0**", "TN = " + tn, "FP = " + fp),
                java.util.List.of("**actual 1**", "FN = " + fn, "TP = " + tp)));
    }
}
