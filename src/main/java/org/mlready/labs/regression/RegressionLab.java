package org.mlready.labs.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlready.labs.SubmissionRejected;
import org.mlready.labs.UploadProblem;
import org.mlready.labs.metrics.MeanSquaredError;

/**
 * Linear regression from scratch: the learner downloads their own dataset, fits it with their own code and submits
 * the intercept, the coefficients (in CSV column order) and the training MSE (sum of squared residuals divided by n).
 * Graded against the exact least-squares solution.
 */
public final class RegressionLab {

    /** Relative tolerance of every submitted number. */
    public static final double TOLERANCE = 1e-3;

    private final RegressionDataset dataset;
    private final LeastSquaresFit solution;

    private RegressionLab(RegressionDataset dataset) {
        this.dataset = dataset;
        this.solution = fit(dataset);
    }

    /** The lab of one learner; the same seed always gives the same dataset. */
    public static RegressionLab forLearner(long learnerSeed) {
        return new RegressionLab(RegressionDataset.generate(learnerSeed));
    }

    public RegressionDataset dataset() {
        return dataset;
    }

    /** The CSV to download, named for example {@code regression.csv}. */
    public String csv() {
        return dataset.csv();
    }

    /** The expected answer: for instructors and tests, never for the learner's page. */
    public LeastSquaresFit solution() {
        return solution;
    }

    /**
     * Grades a submission.
     *
     * @throws SubmissionRejected when the number of coefficients is wrong or a value is not finite (not an attempt)
     */
    public RegressionGrade grade(double intercept, double[] coefficients, double mse) {
        rejectMalformed(intercept, coefficients, mse);
        double[] expected = solution.coefficientArray();
        List<Boolean> coefficientsCorrect = new ArrayList<>();
        for (int j = 0; j < expected.length; j++) {
            coefficientsCorrect.add(close(coefficients[j], expected[j], TOLERANCE));
        }
        boolean interceptCorrect = close(intercept, solution.intercept(), TOLERANCE);
        boolean mseCorrect = close(mse, solution.mse(), TOLERANCE);
        List<String> feedback = new FitFeedback(dataset, solution).explain(intercept, coefficients, mse,
                interceptCorrect, coefficientsCorrect.stream().allMatch(Boolean::booleanValue), mseCorrect);
        return new RegressionGrade(interceptCorrect, coefficientsCorrect, mseCorrect, feedback);
    }

    static boolean close(double actual, double expected, double relative) {
        return Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), 1e-9);
    }

    private void rejectMalformed(double intercept, double[] coefficients, double mse) {
        List<String> names = dataset.featureNames();
        if (coefficients.length != names.size()) {
            throw SubmissionRejected.because(UploadProblem.ofFile("expected " + names.size()
                    + " coefficients, one per feature in this order: " + String.join(", ", names) + "; got "
                    + coefficients.length));
        }
        List<UploadProblem> problems = new ArrayList<>();
        if (!Double.isFinite(intercept)) {
            problems.add(UploadProblem.ofCell(0, "intercept", "must be a finite number"));
        }
        for (int j = 0; j < coefficients.length; j++) {
            if (!Double.isFinite(coefficients[j])) {
                problems.add(UploadProblem.ofCell(0, names.get(j), "the coefficient must be a finite number"));
            }
        }
        if (!Double.isFinite(mse) || mse < 0) {
            problems.add(UploadProblem.ofCell(0, "mse", "must be a finite number, at least 0"));
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems, problems.size());
        }
    }

    private static LeastSquaresFit fit(RegressionDataset dataset) {
        double[] solved = LeastSquares.solve(LeastSquares.withIntercept(dataset.features()), dataset.target());
        double[] coefficients = Arrays.copyOfRange(solved, 1, solved.length);
        double[] predicted = LeastSquares.predict(dataset.features(), solved[0], coefficients);
        return new LeastSquaresFit(solved[0], Arrays.stream(coefficients).boxed().toList(),
                MeanSquaredError.of(dataset.target(), predicted));
    }
}
