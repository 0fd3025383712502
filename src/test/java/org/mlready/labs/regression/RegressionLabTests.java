package org.mlready.labs.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.mlready.labs.SubmissionRejected;

class RegressionLabTests {

    /** The learner's view: the downloaded CSV parsed as numbers, target last. */
    private record Parsed(List<String> header, double[][] x, double[] y) {
    }

    private static Parsed parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        var parser = format.parse(new StringReader(csv));
        List<String> header = parser.getHeaderNames();
        List<CSVRecord> records = parser.getRecords();
        int p = header.size() - 1;
        double[][] x = new double[records.size()][p];
        double[] y = new double[records.size()];
        for (int i = 0; i < records.size(); i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = Double.parseDouble(records.get(i).get(j));
            }
            y[i] = Double.parseDouble(records.get(i).get(p));
        }
        return new Parsed(header, x, y);
    }

    @Test
    void givesEachLearnerTheirOwnReproducibleDataset() {
        assertThat(RegressionLab.forLearner(11).csv()).isEqualTo(RegressionLab.forLearner(11).csv());
        assertThat(RegressionLab.forLearner(11).csv()).isNotEqualTo(RegressionLab.forLearner(12).csv());
        for (long seed = 0; seed < 40; seed++) {
            RegressionDataset data = RegressionLab.forLearner(seed).dataset();
            assertThat(data.rows()).isBetween(60, 120);
            assertThat(data.featureNames()).hasSizeBetween(2, 3);
        }
    }

    @Test
    void solutionMatchesCommonsMathLeastSquaresOnTheDownloadedFile() throws IOException {
        for (long seed = 0; seed < 40; seed++) {
            RegressionLab lab = RegressionLab.forLearner(seed);
            Parsed data = parse(lab.csv());
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(data.y(), data.x());
            double[] beta = ols.estimateRegressionParameters();
            double[] residuals = ols.estimateResiduals();
            double mse = java.util.Arrays.stream(residuals).map(r -> r * r).sum() / residuals.length;

            LeastSquaresFit fit = lab.solution();
            assertThat(data.header()).containsExactlyElementsOf(
                    concat(lab.dataset().featureNames(), RegressionDataset.TARGET));
            assertThat(fit.intercept()).isCloseTo(beta[0], within(1e-8 * Math.abs(beta[0])));
            for (int j = 0; j < fit.coefficients().size(); j++) {
                assertThat(fit.coefficients().get(j)).isCloseTo(beta[j + 1], within(1e-8 * Math.abs(beta[j + 1])));
            }
            assertThat(fit.mse()).isCloseTo(mse, within(1e-8 * mse));
        }
    }

    @Test
    void acceptsTheExactSolutionRoundedToFiveSignificantDigits() {
        RegressionLab lab = RegressionLab.forLearner(5);
        LeastSquaresFit fit = lab.solution();
        RegressionGrade grade = lab.grade(round5(fit.intercept()),
                fit.coefficients().stream().mapToDouble(RegressionLabTests::round5).toArray(), round5(fit.mse()));
        assertThat(grade.passed()).isTrue();
        assertThat(grade.feedback()).containsExactly("Correct: your fit matches the exact least-squares solution.");
    }

    @Test
    void recognisesAFitWithoutIntercept() throws IOException {
        RegressionLab lab = RegressionLab.forLearner(21);
        Parsed data = parse(lab.csv());
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(data.y(), data.x());
        double[] residuals = ols.estimateResiduals();
        double mse = java.util.Arrays.stream(residuals).map(r -> r * r).sum() / residuals.length;

        RegressionGrade grade = lab.grade(0, ols.estimateRegressionParameters(), mse);
        assertThat(grade.passed()).isFalse();
        assertThat(grade.interceptCorrect()).isFalse();
        assertThat(grade.feedback()).anyMatch(f -> f.contains("without an intercept"));
        assertThat(grade.feedback()).anyMatch(f -> f.contains("consistent with your own model"));
    }

    @Test
    void recognisesCoefficientsOfAFitOnStandardisedFeatures() throws IOException {
        RegressionLab lab = RegressionLab.forLearner(8);
        Parsed data = parse(lab.csv());
        int p = data.x()[0].length;
        double[][] z = new double[data.y().length][p];
        for (int j = 0; j < p; j++) {
            double[] column = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                column[i] = data.x()[i][j];
            }
            double mean = java.util.Arrays.stream(column).average().orElseThrow();
            double sd = new StandardDeviation(false).evaluate(column);
            for (int i = 0; i < z.length; i++) {
                z[i][j] = (column[i] - mean) / sd;
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(data.y(), z);
        double[] beta = ols.estimateRegressionParameters();

        RegressionGrade grade = lab.grade(beta[0], java.util.Arrays.copyOfRange(beta, 1, beta.length),
                lab.solution().mse());
        assertThat(grade.mseCorrect()).isTrue();
        assertThat(grade.coefficientsCorrect()).containsOnly(false);
        assertThat(grade.feedback()).singleElement().asString().contains("standardised features");
    }

    @Test
    void recognisesCoefficientsInTheWrongOrder() {
        RegressionLab lab = RegressionLab.forLearner(3);
        LeastSquaresFit fit = lab.solution();
        List<Double> coefficients = new java.util.ArrayList<>(fit.coefficients());
        java.util.Collections.reverse(coefficients);
        double[] reversed = coefficients.stream().mapToDouble(Double::doubleValue).toArray();
        RegressionGrade grade = lab.grade(fit.intercept(), reversed, fit.mse());
        assertThat(grade.interceptCorrect()).isTrue();
        assertThat(grade.feedback()).singleElement().asString().contains("wrong order", lab.dataset().featureNames().get(0));
    }

    @Test
    void recognisesTheWrongErrorDefinitions() {
        RegressionLab lab = RegressionLab.forLearner(9);
        LeastSquaresFit fit = lab.solution();
        double[] b = fit.coefficients().stream().mapToDouble(Double::doubleValue).toArray();
        int n = lab.dataset().rows();
        int p = b.length;
        double sse = fit.mse() * n;
        assertThat(lab.grade(fit.intercept(), b, sse).feedback()).singleElement().asString()
                .contains("sum of squared residuals");
        assertThat(lab.grade(fit.intercept(), b, Math.sqrt(fit.mse())).feedback()).singleElement().asString()
                .contains("RMSE");
        assertThat(lab.grade(fit.intercept(), b, sse / (n - p - 1)).feedback()).singleElement().asString()
                .contains("n minus the number of parameters");
        assertThat(lab.grade(fit.intercept(), b, fit.mse() / 2).feedback()).singleElement().asString()
                .contains("half the MSE");
    }

    @Test
    void tellsAnUnconvergedFitFromAWrongOne() {
        RegressionLab lab = RegressionLab.forLearner(4);
        LeastSquaresFit fit = lab.solution();
        double[] nearly = fit.coefficients().stream().mapToDouble(c -> c * 1.01).toArray();
        assertThat(lab.grade(fit.intercept(), nearly, fit.mse()).feedback()).singleElement().asString()
                .contains("close but not exact");
        double[] wrong = fit.coefficients().stream().mapToDouble(c -> c * 3).toArray();
        wrong[0] = fit.coefficients().get(0);
        RegressionGrade grade = lab.grade(fit.intercept(), wrong, fit.mse());
        assertThat(grade.coefficientsCorrect().get(0)).isTrue();
        assertThat(grade.feedback()).singleElement().asString().contains("not the least-squares solution");
    }

    @Test
    void rejectsAWrongNumberOfCoefficientsOrNonFiniteValuesWithoutCountingAnAttempt() {
        RegressionLab lab = RegressionLab.forLearner(1);
        int p = lab.dataset().featureNames().size();
        SubmissionRejected tooMany = catchThrowableOfType(SubmissionRejected.class,
                () -> lab.grade(1, new double[p + 1], 1));
        assertThat(tooMany.getMessage()).contains("expected " + p + " coefficients", lab.dataset().featureNames().get(0));
        SubmissionRejected nan = catchThrowableOfType(SubmissionRejected.class,
                () -> lab.grade(Double.NaN, new double[p], -1));
        assertThat(nan.problems()).extracting(problem -> problem.column()).containsExactly("intercept", "mse");
    }

    private static double round5(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(5)).doubleValue();
    }

    private static List<String> concat(List<String> names, String last) {
        List<String> all = new java.util.ArrayList<>(names);
        all.add(last);
        return all;
    }
}
