package org.mlready.labs.metrics;

/** A point of a ROC curve: predicting positive when the score is at least {@code threshold}. */
public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {
}
