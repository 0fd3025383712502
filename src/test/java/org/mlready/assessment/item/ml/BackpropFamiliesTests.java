package org.mlready.assessment.item.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** Checks forward passes with EJML and every gradient by central differences of an independently written loss. */
class BackpropFamiliesTests {

    private static final int SEEDS = 1500;
    private static final double H = 1e-6;

    /** Parameters as doubles so single entries can be nudged. */
    private record Params(double[] x, double[][] w1, double[] b1, double[] w2, double b2) {

        static Params of(TinyNetwork net) {
            double[][] w1 = new double[net.hidden()][2];
            for (int i = 0; i < net.hidden(); i++) {
                w1[i][0] = net.w1()[i][0];
                w1[i][1] = net.w1()[i][1];
            }
            return new Params(toDouble(net.x()), w1, toDouble(net.b1()), toDouble(net.w2()), net.b2());
        }
    }

    private static double[] toDouble(int[] v) {
        return java.util.Arrays.stream(v).asDoubleStream().toArray();
    }

    private static double logistic(double z) {
        return 0.5 * (1 + Math.tanh(z / 2));
    }

    /** The logit z via EJML: relu(W1 x + b1) . w2 + b2. */
    private static double logit(Params p) {
        DMatrixRMaj w1 = new DMatrixRMaj(p.w1());
        DMatrixRMaj a = new DMatrixRMaj(p.b1().length, 1, true, p.b1());
        CommonOps_DDRM.multAdd(w1, new DMatrixRMaj(2, 1, true, p.x()), a);
        for (int i = 0; i < a.getNumElements(); i++) {
            a.set(i, Math.max(0, a.get(i)));
        }
        return CommonOps_DDRM.dot(a, new DMatrixRMaj(p.w2().length, 1, true, p.w2())) + p.b2();
    }

    private static double derivative(DoubleUnaryOperator f, double at) {
        return (f.applyAsDouble(at + H) - f.applyAsDouble(at - H)) / (2 * H);
    }

    @Test
    void forwardPassMatchesEjml() {
        MlpForwardPassFamily family = new MlpForwardPassFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            MlpForwardPassFamily.Problem p = family.problem(seed);
            double z = logit(Params.of(p.network()));
            double expected = p.sigmoidOutput() ? logistic(z) : z;
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void singleWeightGradientMatchesCentralDifference() {
        BackpropWeightGradientFamily family = new BackpropWeightGradientFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            BackpropWeightGradientFamily.Problem p = family.problem(seed);
            Params base = Params.of(p.network());
            int j = p.unit();
            int i = p.input();
            DoubleUnaryOperator loss = value -> {
                Params q = new Params(base.x(), new double[][] {base.w1()[0].clone(), base.w1()[1].clone()},
                        base.b1().clone(), base.w2().clone(), base.b2());
                switch (p.target()) {
                    case FIRST_LAYER_WEIGHT -> q.w1()[j][i] = value;
                    case FIRST_LAYER_BIAS -> q.b1()[j] = value;
                    case SECOND_LAYER_WEIGHT -> q.w2()[j] = value;
                }
                double z = logit(q);
                if (p.crossEntropy()) {
                    double yHat = logistic(z);
                    return -(p.label() * Math.log(yHat) + (1 - p.label()) * Math.log(1 - yHat));
                }
                return 0.5 * (z - p.label()) * (z - p.label());
            };
            double at = switch (p.target()) {
                case FIRST_LAYER_WEIGHT -> base.w1()[j][i];
                case FIRST_LAYER_BIAS -> base.b1()[j];
                case SECOND_LAYER_WEIGHT -> base.w2()[j];
            };
            assertThat(Keys.number(family.generate(seed))).isCloseTo(derivative(loss, at), within(1e-5));
        }
    }

    @Test
    void sigmoidNeuronGradientMatchesCentralDifference() {
        SigmoidNeuronGradientFamily family = new SigmoidNeuronGradientFamily();
        for (long seed = 0; seed < SEEDS; seed++) {
            SigmoidNeuronGradientFamily.Problem p = family.problem(seed);
            int n = p.weights().length;
            double[] w = toDouble(p.weights());
            double[] x = toDouble(p.input());
            int y = p.label();
            // parameter index n stands for the bias
            java.util.function.IntFunction<DoubleUnaryOperator> lossAlong = k -> value -> {
                double[] ww = w.clone();
                double b = p.bias();
                if (k == n) {
                    b = value;
                } else {
                    ww[k] = value;
                }
                double z = b;
                for (int t = 0; t < n; t++) {
                    z += ww[t] * x[t];
                }
                double yHat = logistic(z);
                return y == 1 ? -Math.log(yHat) : -Math.log(1 - yHat);
            };
            var item = family.generate(seed);
            switch (p.ask()) {
                case WEIGHT_VECTOR -> {
                    double[] answer = Keys.vectorArray(item);
                    for (int k = 0; k < n; k++) {
                        assertThat(answer[k]).isCloseTo(derivative(lossAlong.apply(k), w[k]), within(1e-5));
                    }
                }
                case ONE_WEIGHT -> assertThat(Keys.number(item))
                        .isCloseTo(derivative(lossAlong.apply(p.index()), w[p.index()]), within(1e-5));
                case BIAS -> assertThat(Keys.number(item))
                        .isCloseTo(derivative(lossAlong.apply(n), p.bias()), within(1e-5));
            }
        }
    }
}
