package org.mlready.labs.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlready.labs.metrics.MeanSquaredError;

/**
 * Recognises the usual mistakes of a hand-written linear regression by comparing the submission with what those
 * mistakes produce: a fit without intercept, a fit on standardised features, coefficients in another order, an
 * unconverged gradient descent, and the wrong error definition (SSE, RMSE, divided by n - p, halved).
 */
final class FitFeedback {

    /** Looser than the grading tolerance: a diagnosis only has to be recognisable. */
    private static final double RECOGNISED = 1e-2;
    private static final double NEARLY = 5e-2;

    private final RegressionDataset dataset;
    private final LeastSquaresFit solution;

    FitFeedback(RegressionDataset dataset, LeastSquaresFit solution) {
        this.dataset = dataset;
        this.solution = solution;
    }

    List<String> explain(double intercept, double[] coefficients, double mse, boolean interceptCorrect,
            boolean coefficientsCorrect, boolean mseCorrect) {
        List<String> feedback = new ArrayList<>();
        if (interceptCorrect && coefficientsCorrect && mseCorrect) {
            feedback.add("Correct: your fit matches the exact least-squares solution.");
            return feedback;
        }
        if (!coefficientsCorrect || !interceptCorrect) {
            explainModel(intercept, coefficients, coefficientsCorrect, feedback);
        }
        if (!mseCorrect) {
            explainMse(intercept, coefficients, mse, feedback);
        }
        return feedback;
    }

    private void explainModel(double intercept, double[] coefficients, boolean coefficientsCorrect,
            List<String> feedback) {
        double[] expected = solution.coefficientArray();
        double[] noIntercept = LeastSquares.solve(dataset.features(), dataset.target());
        if (all(coefficients, noIntercept, RECOGNISED)) {
            feedback.add("Your coefficients are those of a fit without an intercept: add a column of ones to the "
                    + "features (or fit the intercept) and fit again.");
            return;
        }
        for (boolean sample : new boolean[] {false, true}) {
            double[] perStandardDeviation = perStandardDeviation(expected, sample);
            if (all(coefficients, perStandardDeviation, RECOGNISED)) {
                feedback.add("Your coefficients are those of a fit on standardised features (each feature scaled "
                        + "to mean 0 and standard deviation 1). Standardising is fine for fitting, but report "
                        + "coefficients per unit of the original features: divide each by its feature's standard "
                        + "deviation, and set the intercept to mean(y) minus the sum of coefficient times feature mean.");
                return;
            }
        }
        if (!coefficientsCorrect && isReordering(coefficients, expected)) {
            feedback.add("Your coefficients have the right values in the wrong order: give them in the order of the "
                    + "CSV columns (" + String.join(", ", dataset.featureNames()) + ").");
            return;
        }
        if (!coefficientsCorrect && all(coefficients, expected, NEARLY)) {
            feedback.add("Your coefficients are close but not exact: if you used gradient descent it has not "
                    + "converged (run more iterations, or solve the least-squares problem directly), and give at "
                    + "least 5 significant digits.");
        } else if (!coefficientsCorrect) {
            List<String> off = new ArrayList<>();
            for (int j = 0; j < expected.length; j++) {
                if (!RegressionLab.close(coefficients[j], expected[j], RegressionLab.TOLERANCE)) {
                    off.add(dataset.featureNames().get(j));
                }
            }
            feedback.add("The coefficient" + (off.size() == 1 ? " of " : "s of ") + String.join(", ", off)
                    + (off.size() == 1 ? " is" : " are") + " not the least-squares solution.");
        }
        if (coefficientsCorrect && Math.abs(intercept) <= 1e-9 * Math.abs(solution.intercept())) {
            feedback.add("The intercept is missing (you submitted 0): the model has a constant term.");
        } else if (coefficientsCorrect) {
            feedback.add("The coefficients are right but the intercept is not: it is the prediction when every "
                    + "feature is 0, fitted together with the coefficients.");
        }
    }

    private void explainMse(double intercept, double[] coefficients, double mse, List<String> feedback) {
        int n = dataset.rows();
        int p = coefficients.length;
        double expected = solution.mse();
        double sse = expected * n;
        if (close(mse, sse)) {
            feedback.add("Your error is the sum of squared residuals; the MSE divides it by the number of rows (n).");
        } else if (close(mse, Math.sqrt(expected))) {
            feedback.add("Your error is the root mean squared error (RMSE); submit the MSE, without the square root.");
        } else if (close(mse, sse / (n - p - 1)) || close(mse, sse / (n - p))) {
            feedback.add("You divided the sum of squared residuals by n minus the number of parameters (the "
                    + "unbiased noise variance); the training MSE divides by n.");
        } else if (close(mse, expected / 2)) {
            feedback.add("Your error is half the MSE (the 1/2 of a gradient-descent cost function); submit the "
                    + "plain mean of squared residuals.");
        } else {
            double[] predicted = LeastSquares.predict(dataset.features(), intercept, coefficients);
            if (close(mse, MeanSquaredError.of(dataset.target(), predicted))) {
                feedback.add("Your MSE is consistent with your own model; it will be right once the model is.");
            } else {
                feedback.add("The MSE is off: it is the mean over all rows of (y - prediction) squared.");
            }
        }
    }

    /** Coefficients of the same model fitted on z-scored features: b_j times the standard deviation of x_j. */
    private double[] perStandardDeviation(double[] coefficients, boolean sample) {
        double[] scaled = new double[coefficients.length];
        for (int j = 0; j < coefficients.length; j++) {
            scaled[j] = coefficients[j] * standardDeviation(j, sample);
        }
        return scaled;
    }

    private double standardDeviation(int feature, boolean sample) {
        double[][] x = dataset.features();
        double mean = Arrays.stream(x).mapToDouble(row -> row[feature]).average().orElseThrow();
        double squares = Arrays.stream(x).mapToDouble(row -> (row[feature] - mean) * (row[feature] - mean)).sum();
        return Math.sqrt(squares / (sample ? x.length - 1 : x.length));
    }

    private static boolean isReordering(double[] submitted, double[] expected) {
        double[] a = submitted.clone();
        double[] b = expected.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        return all(a, b, RECOGNISED);
    }

    private static boolean all(double[] actual, double[] expected, double relative) {
        for (int j = 0; j < expected.length; j++) {
            if (!RegressionLab.close(actual[j], expected[j], relative)) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double actual, double expected) {
        return RegressionLab.close(actual, expected, RECOGNISED);
    }
}
