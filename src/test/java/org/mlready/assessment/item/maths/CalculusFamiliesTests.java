package org.mlready.assessment.item.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;

/**
 * Derivative families: each key expression (evaluated with exp4j) must agree with a central difference of the
 * original function at random points of the key's domain.
 */
class CalculusFamiliesTests {

    private static final int POINTS = 5;

    @Test
    void polynomialPartialDerivativeMatchesCentralDifferences() {
        PolynomialPartialDerivativeFamily family = new PolynomialPartialDerivativeFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            PolynomialPartialDerivativeFamily.Params p = PolynomialPartialDerivativeFamily.draw(seed);
            assertDerivative(family.generate(seed), p.f().expression(), p.variable(), seed);
        }
    }

    @Test
    void exponentialPartialDerivativeMatchesCentralDifferences() {
        ExponentialPartialDerivativeFamily family = new ExponentialPartialDerivativeFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            ExponentialPartialDerivativeFamily.Params p = ExponentialPartialDerivativeFamily.draw(seed);
            String f = switch (p.form()) {
                case POWER_TIMES_EXP -> p.a() + "*x^" + p.m() + "*exp(" + p.b() + "*y)";
                case EXP_OF_PRODUCT -> p.a() + "*exp(" + p.b() + "*x*y)";
                case POWER_TIMES_LOG -> p.a() + "*y^" + p.m() + "*log(x)";
            };
            assertDerivative(family.generate(seed), f, p.variable(), seed);
        }
    }

    @Test
    void singleVariableDerivativeMatchesCentralDifferences() {
        SingleVariableDerivativeFamily family = new SingleVariableDerivativeFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            SingleVariableDerivativeFamily.Params p = SingleVariableDerivativeFamily.draw(seed);
            String g = switch (p.g()) {
                case SIN -> "sin(" + p.k() + "*x)";
                case COS -> "cos(" + p.k() + "*x)";
                case EXP -> "exp(" + p.k() + "*x)";
                case LOG -> "log(x)";
            };
            assertDerivative(family.generate(seed), p.a() + "*x^" + p.n() + " + (" + p.b() + ")*" + g, 'x', seed);
        }
    }

    @Test
    void compositeChainRuleMatchesCentralDifferences() {
        CompositeChainRuleFamily family = new CompositeChainRuleFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            CompositeChainRuleFamily.Params p = CompositeChainRuleFamily.draw(seed);
            String inner = "(" + p.a() + "*x^2 + (" + p.b() + ")*x + (" + p.c() + "))";
            String h = switch (p.outer()) {
                case EXP -> "exp" + inner;
                case SIN -> "sin" + inner;
                case COS -> "cos" + inner;
                case LOG -> "log" + inner;
                case POWER -> inner + "^" + p.n();
            };
            assertDerivative(family.generate(seed), h, 'x', seed);
        }
    }

    @Test
    void gradientAtPointMatchesCentralDifferences() {
        GradientAtPointFamily family = new GradientAtPointFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            GradientAtPointFamily.Params p = GradientAtPointFamily.draw(seed);
            String f = p.f().expression();
            double[] gradient = Keys.vector(family.generate(seed));
            assertThat(gradient[0]).isCloseTo(Keys.centralDifference(f, 'x', p.x(), p.y()), within(1e-4));
            assertThat(gradient[1]).isCloseTo(Keys.centralDifference(f, 'y', p.x(), p.y()), within(1e-4));
        }
    }

    @Test
    void backpropGraphMatchesFiniteDifferencesOfTheForwardPass() {
        BackpropGraphFamily family = new BackpropGraphFamily();
        for (long seed = 0; seed < Keys.SEEDS; seed++) {
            BackpropGraphFamily.Params p = BackpropGraphFamily.draw(seed);
            double h = 1e-4;
            double expected = switch (p.graph()) {
                case SQUARED_ERROR_W -> (squaredError(p.p1() + h, p.p2(), p.p3(), p.p4())
                        - squaredError(p.p1() - h, p.p2(), p.p3(), p.p4())) / (2 * h);
                case SQUARED_ERROR_B -> (squaredError(p.p1(), p.p2(), p.p3() + h, p.p4())
                        - squaredError(p.p1(), p.p2(), p.p3() - h, p.p4())) / (2 * h);
                case PRODUCT_SQUARE_X -> (productSquare(p.p1() + h, p.p2(), p.p4()) - productSquare(p.p1() - h, p.p2(), p.p4())) / (2 * h);
                case PRODUCT_SQUARE_Z -> (productSquare(p.p1(), p.p2(), p.p4() + h) - productSquare(p.p1(), p.p2(), p.p4() - h)) / (2 * h);
                // At z = 0 the ReLU has no derivative; the key uses the usual convention ReLU'(0) = 0, as do frameworks.
                case RELU_W -> p.p1() * p.p2() + p.p3() == 0 ? 0
                        : (relu(p.p1() + h, p.p2(), p.p3(), p.p4()) - relu(p.p1() - h, p.p2(), p.p3(), p.p4())) / (2 * h);
            };
            assertThat(Keys.number(family.generate(seed))).isCloseTo(expected, within(1e-4 * Math.max(1, Math.abs(expected))));
        }
    }

    private static double squaredError(double w, double x, double b, double t) {
        return Math.pow(w * x + b - t, 2);
    }

    private static double productSquare(double x, double y, double z) {
        return Math.pow((x + y) * z, 2);
    }

    private static double relu(double w, double x, double b, double c) {
        return c * Math.max(0, w * x + b);
    }

    private static void assertDerivative(ItemInstance item, String function, char variable, long seed) {
        AnswerKey.Expression key = Keys.expression(item);
        Random random = new Random(seed);
        for (int i = 0; i < POINTS; i++) {
            double x = key.low() + (key.high() - key.low()) * random.nextDouble();
            double y = key.low() + (key.high() - key.low()) * random.nextDouble();
            double numeric = Keys.centralDifference(function, variable, x, y);
            double keyed = Keys.evaluate(key.expression(), x, y);
            assertThat(keyed).as("%s at (%s, %s) for %s", key.expression(), x, y, function)
                    .isCloseTo(numeric, within(1e-4 * Math.max(1, Math.abs(numeric))));
        }
    }
}
