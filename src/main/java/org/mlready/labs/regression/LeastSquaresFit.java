package org.mlready.labs.regression;

import java.util.List;

/** A linear model y = intercept + sum of coefficients[j] * x_j, with its mean squared error on the training data. */
public record LeastSquaresFit(double intercept, List<Double> coefficients, double mse) {

    public LeastSquaresFit {
        coefficients = List.copyOf(coefficients);
    }

    double[] coefficientArray() {
        return coefficients.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
