package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.ItemInstance;

/** Checks activations, softmax and losses with alternative formulas. */
class ActivationLossFamiliesTests {

    private static final int SEEDS = 1500;

    @Test
    void activationValuesMatchAlternativeFormulas() {
        ActivationValueFamily family = new ActivationValueFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            ActivationValueFamily.Problem p = family.problem(seed);
            double z = p.z();
            double expected = switch (p.function()) {
                case SIGMOID -> 0.5 * (1 + Math.tanh(z / 2));
                case TANH -> (Math.exp(2 * z) - 1) / (Math.exp(2 * z) + 1);
                case RELU -> z > 0 ? z : 0;
                case LEAKY_RELU -> Math.max(z, p.leak() * z);
                case SIGMOID_DERIVATIVE -> {
                    double h = 1e-6;
                    yield (1 / (1 + Math.exp(-(z + h))) - 1 / (1 + Math.exp(-(z - h)))) / (2 * h);
                }
            };
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-8));
        }
    }

    @Test
    void softmaxMatchesTheRatioForm() {
        SoftmaxFamily family = new SoftmaxFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            SoftmaxFamily.Problem p = family.problem(seed);
            int[] z = p.logits();
            double[] expected = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                double denominator = 0;
                for (int value : z) {
                    denominator += Math.exp(value - z[i]);
                }
                expected[i] = 1 / denominator;
            }
            ItemInstance item = family.generate(seed);
            if (p.component() < 0) {
                double[] actual = Keys.vectorArray(item);
                assertThat(StatUtils.sum(actual)).isCloseTo(1, within(1e-12));
                for (int i = 0; i < z.length; i++) {
                    assertThat(actual[i]).isCloseTo(expected[i], within(1e-12));
                }
            } else {
                assertThat(Keys.number(item)).isCloseTo(expected[p.component()], within(1e-12));
            }
        }
    }

    @Test
    void lossValuesMatchTheGeneralFormulas() {
        LossValueFamily family = new LossValueFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            LossValueFamily.Problem p = family.problem(seed);
            double expected = switch (p.loss()) {
                case CROSS_ENTROPY -> {
                    double total = 0;
                    double sum = 0;
                    for (int i = 0; i < p.predicted().length; i++) {
                        double probability = p.predicted()[i] / 20.0;
                        double target = i == p.target() ? 1 : 0;
                        assertThat(probability).isPositive();
                        sum += probability;
                        total -= target * Math.log(probability);
                    }
                    assertThat(sum).isCloseTo(1, within(1e-12));
                    yield total;
                }
                case MSE -> {
                    double[] diffs = new double[p.actual().length];
                    for (int i = 0; i < diffs.length; i++) {
                        diffs[i] = p.predicted()[i] - p.actual()[i];
                    }
                    yield StatUtils.sumSq(diffs) / diffs.length;
                }
                case BINARY_CROSS_ENTROPY -> {
                    double yHat = p.predicted()[0] / 10.0;
                    int y = p.target();
                    yield -(y * Math.log(yHat) + (1 - y) * Math.log(1 - yHat));
                }
            };
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-12));
        }
    }
}
