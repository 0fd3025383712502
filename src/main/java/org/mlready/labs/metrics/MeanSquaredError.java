package org.mlready.labs.metrics;

/** Mean of the squared residuals, divided by n (not n - p): the training MSE scikit-learn reports. */
public final class MeanSquaredError {

    private MeanSquaredError() {
    }

    public static double of(double[] actual, double[] predicted) {
        if (actual.length != predicted.length || actual.length == 0) {
            throw new IllegalArgumentException(actual.length + " actual values but " + predicted.length + " predicted");
        }
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double residual = actual[i] - predicted[i];
            sum += residual * residual;
        }
        return sum / actual.length;
    }
}
