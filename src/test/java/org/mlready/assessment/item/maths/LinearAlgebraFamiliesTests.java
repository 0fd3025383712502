package org.mlready.assessment.item.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;

/** Vector and matrix families checked against commons-math3 and EJML. */
class LinearAlgebraFamiliesTests {

    @Test
    void dotProductMatchesCommonsMath() {
        DotProductFamily family = new DotProductFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            DotProductFamily.Params p = DotProductFamily.draw(seed);
            double expected = new ArrayRealVector(Keys.toDouble(p.u())).dotProduct(new ArrayRealVector(Keys.toDouble(p.v())));
            assertThat(Keys.number(family.generate(seed))).isEqualTo(expected);
        }
    }

    @Test
    void crossProductMatchesCommonsMath() {
        CrossProductFamily family = new CrossProductFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            CrossProductFamily.Params p = CrossProductFamily.draw(seed);
            Vector3D expected = new Vector3D(Keys.toDouble(p.u())).crossProduct(new Vector3D(Keys.toDouble(p.v())));
            assertThat(Keys.vector(family.generate(seed))).containsExactly(expected.toArray());
        }
    }

    @Test
    void vectorNormMatchesCommonsMath() {
        VectorNormFamily family = new VectorNormFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            double expected = new ArrayRealVector(Keys.toDouble(VectorNormFamily.draw(seed).v())).getNorm();
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void angleCosineMatchesCommonsMathAngle() {
        VectorAngleFamily family = new VectorAngleFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            VectorAngleFamily.Params p = VectorAngleFamily.draw(seed);
            double angle = Vector3D.angle(new Vector3D(Keys.toDouble(p.u())), new Vector3D(Keys.toDouble(p.v())));
            assertThat(Keys.number(family.generate(seed))).isCloseTo(Math.cos(angle), within(1e-9));
        }
    }

    @Test
    void projectionMatchesCommonsMath() {
        VectorProjectionFamily family = new VectorProjectionFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            VectorProjectionFamily.Params p = VectorProjectionFamily.draw(seed);
            double[] expected = new ArrayRealVector(Keys.toDouble(p.u())).projection(new ArrayRealVector(Keys.toDouble(p.v()))).toArray();
            double[] actual = Keys.vector(family.generate(seed));
            for (int i = 0; i < 3; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], within(1e-9));
            }
        }
    }

    @Test
    void matrixProductMatchesEjml() {
        MatrixProductFamily family = new MatrixProductFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            MatrixProductFamily.Params p = MatrixProductFamily.draw(seed);
            SimpleMatrix expected = new SimpleMatrix(Keys.toDouble(p.a())).mult(new SimpleMatrix(Keys.toDouble(p.b())));
            assertMatrix(Keys.matrix(family.generate(seed)), expected, 1e-9);
        }
    }

    @Test
    void determinantsMatchEjml() {
        Determinant2x2Family two = new Determinant2x2Family();
        Determinant3x3Family three = new Determinant3x3Family();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            assertThat(Keys.number(two.generate(seed)))
                    .isCloseTo(new SimpleMatrix(Keys.toDouble(Determinant2x2Family.draw(seed).a())).determinant(), within(1e-9));
            assertThat(Keys.number(three.generate(seed)))
                    .isCloseTo(new SimpleMatrix(Keys.toDouble(Determinant3x3Family.draw(seed).a())).determinant(), within(1e-9));
        }
    }

    @Test
    void inverseMatchesEjmlAndHasHalfIntegerEntries() {
        Inverse2x2Family family = new Inverse2x2Family();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            SimpleMatrix expected = new SimpleMatrix(Keys.toDouble(Inverse2x2Family.draw(seed).a())).invert();
            double[][] actual = Keys.matrix(family.generate(seed));
            assertMatrix(actual, expected, 1e-9);
            for (double[] row : actual) {
                for (double entry : row) {
                    assertThat(2 * entry).isCloseTo(Math.rint(2 * entry), within(1e-12));
                }
            }
        }
    }

    @Test
    void productShapeMatchesShapesOfEjmlProducts() {
        ProductShapeFamily family = new ProductShapeFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            ProductShapeFamily.Params p = ProductShapeFamily.draw(seed);
            SimpleMatrix a = new SimpleMatrix(p.m(), p.n());
            SimpleMatrix b = new SimpleMatrix(p.n(), p.p());
            SimpleMatrix x = new SimpleMatrix(p.n(), 1);
            SimpleMatrix product = switch (p.product()) {
                case 0 -> a.mult(b);
                case 1 -> a.transpose().mult(a);
                case 2 -> a.mult(a.transpose());
                case 3 -> b.transpose().mult(a.transpose());
                case 4 -> a.mult(x);
                case 5 -> x.transpose().mult(b);
                default -> x.mult(x.transpose());
            };
            ItemInstance item = family.generate(seed);
            assertThat(((AnswerKey.Shape) item.key()).dimensions()).containsExactly(product.getNumRows(), product.getNumCols());
        }
    }

    @Test
    void luFactorReproducesTheMatrixWithUnitLowerFactor() {
        LuDecomposition2x2Family family = new LuDecomposition2x2Family();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            SimpleMatrix a = new SimpleMatrix(Keys.toDouble(LuDecomposition2x2Family.draw(seed).a()));
            SimpleMatrix u = new SimpleMatrix(Keys.matrix(family.generate(seed)));
            assertThat(u.get(1, 0)).isZero();
            SimpleMatrix l = a.mult(u.invert());
            assertThat(l.get(0, 0)).isCloseTo(1, within(1e-9));
            assertThat(l.get(0, 1)).isCloseTo(0, within(1e-9));
            assertThat(l.get(1, 1)).isCloseTo(1, within(1e-9));
        }
    }

    static void assertMatrix(double[][] actual, SimpleMatrix expected, double tolerance) {
        assertThat(actual.length).isEqualTo(expected.getNumRows());
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i].length).isEqualTo(expected.getNumCols());
            for (int j = 0; j < actual[i].length; j++) {
                assertThat(actual[i][j]).isCloseTo(expected.get(i, j), within(tolerance));
            }
        }
    }
}
