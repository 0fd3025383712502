package org.mlready.assessment.item.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.StemReading;

class LinearRegressionFamilyTests {

    /** Least squares by EJML's QR solver. */
    static double[] leastSquares(double[][] design, double[] y) {
        DMatrixRMaj a = new DMatrixRMaj(design);
        DMatrixRMaj b = new DMatrixRMaj(y.length, 1, true, y);
        DMatrixRMaj w = new DMatrixRMaj(design[0].length, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(design.length,
                design[0].length);
        assertThat(solver.setA(a)).isTrue();
        solver.solve(b, w);
        return w.getData();
    }

    @Test
    void lineFitMatchesEjmlLeastSquares() {
        SimpleLeastSquaresFamily family = new SimpleLeastSquaresFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            double[] x = StemReading.namedList(item.stem(), "x");
            double[] y = StemReading.namedList(item.stem(), "y");
            double[][] design = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                design[i] = new double[] {1, x[i]};
            }
            double[] w = leastSquares(design, y);
            if (item.key() instanceof AnswerKey.Vector vector) {
                assertThat(vector.values().get(0)).isCloseTo(w[1], within(1e-6));
                assertThat(vector.values().get(1)).isCloseTo(w[0], within(1e-6));
            } else if (item.stem().contains("predict at")) {
                double at = Double.parseDouble(StemReading.find(item.stem(), "predict at \\$x = ([-0-9.]+)\\$"));
                assertThat(CleaningFamilyTests.numeric(item)).isCloseTo(w[0] + w[1] * at, within(1e-6));
            } else {
                double sse = 0;
                for (int i = 0; i < x.length; i++) {
                    double r = y[i] - (w[0] + w[1] * x[i]);
                    sse += r * r;
                }
                assertThat(sse).isGreaterThan(0);
                assertThat(CleaningFamilyTests.numeric(item)).isCloseTo(sse / x.length, within(0.00005 + 1e-9));
            }
        }
    }

    @Test
    void normalEquationSolutionMatchesEjmlLeastSquares() {
        NormalEquationsFamily family = new NormalEquationsFamily();
        for (long seed = 0; seed < 2000; seed++) {
            ItemInstance item = family.generate(seed);
            List<List<String>> table = StemReading.firstTable(item.stem());
            double[] x1 = StemReading.numericColumn(table, "x1");
            double[] x2 = StemReading.numericColumn(table, "x2");
            double[] y = StemReading.numericColumn(table, "y");
            double[][] design = new double[y.length][];
            for (int i = 0; i < y.length; i++) {
                design[i] = new double[] {1, x1[i], x2[i]};
            }
            double[] w = leastSquares(design, y);
            List<Double> key = ((AnswerKey.Vector) item.key()).values();
            for (int j = 0; j < 3; j++) {
                assertThat(key.get(j)).as(item.stem()).isCloseTo(w[j], within(1e-6));
            }
        }
    }
}
