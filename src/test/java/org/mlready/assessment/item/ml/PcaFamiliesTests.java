package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;

/** Checks the PCA families with EJML eigen- and singular value decompositions. */
class PcaFamiliesTests {

    private static final int SEEDS = 1500;

    private static double[] descending(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length / 2; i++) {
            double t = sorted[i];
            sorted[i] = sorted[sorted.length - 1 - i];
            sorted[sorted.length - 1 - i] = t;
        }
        return sorted;
    }

    /** Q diag(values) Q^T for a random orthogonal Q. */
    private static DMatrixRMaj rotatedDiagonal(double[] values, Random random) {
        int n = values.length;
        DMatrixRMaj q = RandomMatrices_DDRM.orthogonal(n, n, random);
        DMatrixRMaj diag = CommonOps_DDRM.diag(values);
        DMatrixRMaj qd = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, diag, qd);
        DMatrixRMaj result = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(qd, q, result);
        return result;
    }

    private static double[] eigenvalues(DMatrixRMaj matrix) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(matrix.numRows, true, true);
        assertThat(eig.decompose(matrix.copy())).isTrue();
        double[] values = new double[matrix.numRows];
        for (int i = 0; i < values.length; i++) {
            values[i] = eig.getEigenvalue(i).getReal();
        }
        return values;
    }

    @Test
    void explainedVarianceRatioMatchesDecompositionsOfAHiddenMatrix() {
        ExplainedVarianceRatioFamily family = new ExplainedVarianceRatioFamily();
        Random random = new Random(42);
        for (long seed = 0; seed < SEEDS; seed++) {
            ExplainedVarianceRatioFamily.Problem p = family.problem(seed);
            double[] shown = Arrays.stream(p.values()).asDoubleStream().toArray();
            double expected;
            int first = p.cumulative() ? 0 : p.component() - 1;
            if (p.singular()) {
                DMatrixRMaj x = rotatedDiagonal(shown, random);
                SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(x.numRows, x.numCols,
                        false, false, true);
                assertThat(svd.decompose(x.copy())).isTrue();
                double[] s = descending(Arrays.copyOf(svd.getSingularValues(), svd.numberOfSingularValues()));
                double frobenius = NormOps_DDRM.normF(x);
                double part = 0;
                for (int i = first; i < p.component(); i++) {
                    part += s[i] * s[i];
                }
                expected = part / (frobenius * frobenius);
            } else {
                DMatrixRMaj covariance = rotatedDiagonal(shown, random);
                double[] lambda = descending(eigenvalues(covariance));
                double part = 0;
                for (int i = first; i < p.component(); i++) {
                    part += lambda[i];
                }
                expected = part / CommonOps_DDRM.trace(covariance);
            }
            ItemInstance item = family.generate(seed);
            assertThat(Keys.number(item)).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void componentsForVarianceIsTheFirstPrefixReachingTheThreshold() {
        ComponentsForVarianceFamily family = new ComponentsForVarianceFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            ComponentsForVarianceFamily.Problem p = family.problem(seed);
            double[] eigen = Arrays.stream(p.percents()).mapToDouble(v -> v * p.scale()).toArray();
            double total = Arrays.stream(eigen).sum();
            int expected = -1;
            for (int k = eigen.length; k >= 1; k--) {
                double kept = Arrays.stream(eigen, 0, k).sum() / total;
                if (kept >= p.threshold() / 100.0 - 1e-12) {
                    expected = k;
                }
            }
            assertThat(Keys.number(family.generate(seed))).isEqualTo(expected);
            assertThat(expected).isBetween(2, eigen.length - 1);
        }
    }

    @Test
    void covariancePcaMatchesEjmlEigenDecomposition() {
        CovariancePcaFamily family = new CovariancePcaFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            CovariancePcaFamily.Problem p = family.problem(seed);
            int[][] c = p.covariance();
            DMatrixRMaj sigma = new DMatrixRMaj(new double[][] {{c[0][0], c[0][1]}, {c[1][0], c[1][1]}});
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2, true, true);
            assertThat(eig.decompose(sigma.copy())).isTrue();
            int top = eig.getEigenvalue(0).getReal() >= eig.getEigenvalue(1).getReal() ? 0 : 1;
            double lambda1 = eig.getEigenvalue(top).getReal();
            double lambda2 = eig.getEigenvalue(1 - top).getReal();
            DMatrixRMaj vector = eig.getEigenVector(top);
            double norm = NormOps_DDRM.normF(vector);
            double sign = vector.get(0) < 0 ? -1 : 1;
            ItemInstance item = family.generate(seed);
            switch (p.ask()) {
                case LARGEST_EIGENVALUE -> assertThat(Keys.number(item)).isCloseTo(lambda1, within(1e-9));
                case RATIO -> assertThat(Keys.number(item)).isCloseTo(lambda1 / (lambda1 + lambda2), within(1e-9));
                case DIRECTION -> {
                    double[] answer = Keys.vectorArray(item);
                    assertThat(answer[0]).isCloseTo(sign * vector.get(0) / norm, within(1e-9));
                    assertThat(answer[1]).isCloseTo(sign * vector.get(1) / norm, within(1e-9));
                    assertThat(answer[0]).isPositive();
                }
            }
            assertThat(lambda1).isCloseTo(Math.rint(lambda1), within(1e-9));
            assertThat(lambda2).isCloseTo(Math.rint(lambda2), within(1e-9));
            assertThat(lambda1).isGreaterThan(lambda2);
        }
    }

    @Test
    void projectionMatchesMatrixProducts() {
        PrincipalComponentProjectionFamily family = new PrincipalComponentProjectionFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            PrincipalComponentProjectionFamily.Problem p = family.problem(seed);
            DMatrixRMaj u = new DMatrixRMaj(2, 1, true,
                    p.component()[0] / (double) p.denominator(), p.component()[1] / (double) p.denominator());
            assertThat(NormOps_DDRM.normF(u)).isCloseTo(1, within(1e-12));
            DMatrixRMaj mean = new DMatrixRMaj(2, 1, true, p.mean()[0], p.mean()[1]);
            DMatrixRMaj centred = new DMatrixRMaj(2, 1, true, p.point()[0], p.point()[1]);
            CommonOps_DDRM.subtractEquals(centred, mean);
            DMatrixRMaj score = new DMatrixRMaj(1, 1);
            CommonOps_DDRM.multTransA(u, centred, score);
            ItemInstance item = family.generate(seed);
            if (p.reconstruct()) {
                DMatrixRMaj reconstruction = new DMatrixRMaj(2, 1);
                CommonOps_DDRM.add(mean, score.get(0), u, reconstruction);
                assertThat(Keys.vector(item).get(0)).isCloseTo(reconstruction.get(0), within(1e-9));
                assertThat(Keys.vector(item).get(1)).isCloseTo(reconstruction.get(1), within(1e-9));
            } else {
                assertThat(Keys.number(item)).isCloseTo(score.get(0), within(1e-9));
            }
        }
    }
}
