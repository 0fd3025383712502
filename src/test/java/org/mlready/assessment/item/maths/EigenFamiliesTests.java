package org.mlready.assessment.item.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;

import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

/** Eigen families checked with EJML. */
class EigenFamiliesTests {

    @Test
    void eigenvaluesMatchEjml() {
        Eigenvalues2x2Family family = new Eigenvalues2x2Family();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            SimpleEVD<SimpleMatrix> evd = new SimpleMatrix(Keys.toDouble(Eigenvalues2x2Family.draw(seed).a())).eig();
            double[] expected = {evd.getEigenvalue(0).getReal(), evd.getEigenvalue(1).getReal()};
            Arrays.sort(expected);
            double[] actual = Keys.vector(family.generate(seed));
            assertThat(actual[0]).isCloseTo(expected[0], within(1e-6));
            assertThat(actual[1]).isCloseTo(expected[1], within(1e-6));
            assertThat(evd.getEigenvalue(0).getImaginary()).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void eigenvectorSatisfiesTheEigenEquationWithFirstComponentOne() {
        Eigenvector2x2Family family = new Eigenvector2x2Family();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            Eigenvector2x2Family.Params p = Eigenvector2x2Family.draw(seed);
            SimpleMatrix a = new SimpleMatrix(Keys.toDouble(p.matrix().a()));
            double[] v = Keys.vector(family.generate(seed));
            assertThat(v[0]).isEqualTo(1.0);
            SimpleMatrix column = new SimpleMatrix(2, 1, true, v);
            SimpleMatrix residual = a.mult(column).minus(column.scale(p.eigenvalue()));
            assertThat(residual.normF()).isCloseTo(0, within(1e-9));
            // The eigenvalue asked about really is an eigenvalue of A, per EJML.
            assertThat(a.minus(SimpleMatrix.identity(2).scale(p.eigenvalue())).determinant()).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void matrixPowerMatchesRepeatedEjmlMultiplication() {
        MatrixPowerFamily family = new MatrixPowerFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            MatrixPowerFamily.Params p = MatrixPowerFamily.draw(seed);
            SimpleMatrix a = new SimpleMatrix(Keys.toDouble(p.matrix().a()));
            SimpleMatrix expected = a;
            for (int i = 1; i < p.k(); i++) {
                expected = expected.mult(a);
            }
            LinearAlgebraFamiliesTests.assertMatrix(Keys.matrix(family.generate(seed)), expected, 1e-6);
            // The P and P^-1 shown in the stem are really inverse to each other.
            SimpleMatrix product = new SimpleMatrix(Keys.toDouble(p.matrix().p())).mult(new SimpleMatrix(Keys.toDouble(p.matrix().pInverse())));
            assertThat(product.minus(SimpleMatrix.identity(2)).normF()).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void traceAndDeterminantFactsMatchAMatrixWithThoseEigenvalues() {
        EigenvalueInvariantsFamily family = new EigenvalueInvariantsFamily();
        Random random = new Random(7);
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            EigenvalueInvariantsFamily.Params p = EigenvalueInvariantsFamily.draw(seed);
            SimpleMatrix similarity;
            do {
                similarity = SimpleMatrix.random_DDRM(3, 3, -2, 2, random);
            } while (Math.abs(similarity.determinant()) < 0.5);
            SimpleMatrix d = SimpleMatrix.diag(Keys.toDouble(p.eigenvalues()));
            SimpleMatrix a = similarity.mult(d).mult(similarity.invert());
            double expected = switch (p.quantity()) {
                case TRACE -> a.trace();
                case DETERMINANT -> a.determinant();
                case TRACE_OF_SQUARE -> a.mult(a).trace();
                case DETERMINANT_OF_DOUBLE -> a.scale(2).determinant();
            };
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
        }
    }
}
