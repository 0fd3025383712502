package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;

/** Checks perceptron outputs, learning-rule updates and MLP parameter counts. */
class PerceptronFamiliesTests {

    private static final int SEEDS = 1500;

    @Test
    void perceptronOutputFollowsTheSignOfTheActivation() {
        PerceptronOutputFamily family = new PerceptronOutputFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            PerceptronOutputFamily.Problem p = family.problem(seed);
            DMatrixRMaj w = new DMatrixRMaj(1, p.weights().length, true, p.weights());
            DMatrixRMaj x = new DMatrixRMaj(p.input().length, 1, true, p.input());
            double z = CommonOps_DDRM.dot(w, x) + p.bias();
            assertThat(z).isNotZero();
            double sign = Math.signum(z);
            double expected = p.signLabels() ? sign : (sign + 1) / 2;
            assertThat(Keys.number(family.generate(seed))).isEqualTo(expected);
        }
    }

    @Test
    void perceptronUpdateAddsOrSubtractsTheInputOnlyWhenWrong() {
        PerceptronUpdateFamily family = new PerceptronUpdateFamily();
        int wrong = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            PerceptronUpdateFamily.Problem p = family.problem(seed);
            int n = p.weights().length;
            long z = p.bias();
            for (int i = 0; i < n; i++) {
                z += (long) p.weights()[i] * p.input()[i];
            }
            boolean predictsOne = z > 0;
            double[] expected = new double[n + 1];
            for (int i = 0; i < n; i++) {
                expected[i] = p.weights()[i];
            }
            expected[n] = p.bias();
            if (p.label() == 1 && !predictsOne) {
                for (int i = 0; i < n; i++) {
                    expected[i] += p.learningRate() * p.input()[i];
                }
                expected[n] += p.learningRate();
                wrong++;
            } else if (p.label() == 0 && predictsOne) {
                for (int i = 0; i < n; i++) {
                    expected[i] -= p.learningRate() * p.input()[i];
                }
                expected[n] -= p.learningRate();
                wrong++;
            }
            double[] actual = Keys.vectorArray(family.generate(seed));
            assertThat(actual).hasSize(n + 1);
            for (int i = 0; i <= n; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], within(1e-9));
            }
        }
        assertThat(wrong).isBetween(SEEDS / 2, SEEDS - 1);
    }

    @Test
    void mlpParameterCountEqualsAllocatedMatrixEntries() {
        MlpParameterCountFamily family = new MlpParameterCountFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            MlpParameterCountFamily.Problem p = family.problem(seed);
            long count = 0;
            for (int layer = 1; layer < p.sizes().length; layer++) {
                if (p.ask() == MlpParameterCountFamily.Ask.ONE_LAYER && layer != p.layer()) {
                    continue;
                }
                count += new DMatrixRMaj(p.sizes()[layer], p.sizes()[layer - 1]).getNumElements();
                if (p.ask() != MlpParameterCountFamily.Ask.WEIGHTS_ONLY) {
                    count += new DMatrixRMaj(p.sizes()[layer], 1).getNumElements();
                }
            }
            ItemInstance item = family.generate(seed);
            assertThat(Keys.number(item)).isEqualTo(count);
        }
    }
}
