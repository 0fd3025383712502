package org.mlready.labs.classification;

import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * The baseline to beat: logistic regression on two standardised features, fitted by Newton's method (iteratively
 * reweighted least squares) with a small ridge penalty so the iterations stay finite. Deterministic.
 */
final class LogisticBaseline {

    private static final int ITERATIONS = 25;
    private static final double RIDGE = 1e-3;

    private final int[] features;
    private final double[] means;
    private final double[] deviations;
    private final double[] weights;

    LogisticBaseline(List<CancerSplit.Row> train, int... features) {
        this.features = features.clone();
        int p = features.length;
        means = new double[p];
        deviations = new double[p];
        for (int j = 0; j < p; j++) {
            int feature = features[j];
            double mean = train.stream().mapToDouble(r -> r.features()[feature]).average().orElseThrow();
            double variance = train.stream().mapToDouble(r -> Math.pow(r.features()[feature] - mean, 2)).average()
                    .orElseThrow();
            means[j] = mean;
            deviations[j] = Math.sqrt(variance);
        }
        weights = fit(train);
    }

    double probability(double[] rowFeatures) {
        double[] x = design(rowFeatures);
        double z = 0;
        for (int j = 0; j < x.length; j++) {
            z += weights[j] * x[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private double[] fit(List<CancerSplit.Row> train) {
        int width = features.length + 1;
        RealVector w = new ArrayRealVector(width);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            RealMatrix hessian = new Array2DRowRealMatrix(width, width);
            RealVector gradient = new ArrayRealVector(width);
            for (CancerSplit.Row row : train) {
                RealVector x = new ArrayRealVector(design(row.features()), false);
                double p = 1 / (1 + Math.exp(-w.dotProduct(x)));
                gradient = gradient.add(x.mapMultiply((row.malignant() ? 1 : 0) - p));
                hessian = hessian.add(x.outerProduct(x).scalarMultiply(p * (1 - p)));
            }
            for (int j = 1; j < width; j++) {
                gradient.addToEntry(j, -RIDGE * w.getEntry(j));
                hessian.addToEntry(j, j, RIDGE);
            }
            w = w.add(new LUDecomposition(hessian).getSolver().solve(gradient));
        }
        return w.toArray();
    }

    private double[] design(double[] rowFeatures) {
        double[] x = new double[features.length + 1];
        x[0] = 1;
        for (int j = 0; j < features.length; j++) {
            x[j + 1] = (rowFeatures[features[j]] - means[j]) / deviations[j];
        }
        return x;
    }
}
