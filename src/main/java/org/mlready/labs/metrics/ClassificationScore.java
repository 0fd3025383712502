package org.mlready.labs.metrics;

import java.util.List;

/** What a set of predicted probabilities scores against true labels; F1 and accuracy at threshold 0.5. */
public record ClassificationScore(int rows, double rocAuc, double f1, double accuracy, ConfusionMatrix confusion,
        List<RocPoint> rocCurve) {

    public static final double THRESHOLD = 0.5;

    public static ClassificationScore of(double[] probabilities, boolean[] positive) {
        ConfusionMatrix confusion = ConfusionMatrix.at(THRESHOLD, probabilities, positive);
        return new ClassificationScore(probabilities.length, RocAuc.of(probabilities, positive), confusion.f1(),
                confusion.accuracy(), confusion, RocCurve.of(probabilities, positive));
    }
}
