package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Value of sigmoid, tanh, ReLU, leaky ReLU, or the derivative of sigmoid at a given input. */
public final class ActivationValueFamily extends GeneratedItemFamily {

    public ActivationValueFamily() {
        // 13 inputs for each of 4 functions, 12 non-zero inputs for each of 3 leak slopes
        super("activation-values", "activation-loss-functions", 13 * 4 + 12 * 3);
    }

    enum Function { SIGMOID, TANH, RELU, LEAKY_RELU, SIGMOID_DERIVATIVE }

    record Problem(Function function, double z, double leak) {
    }

    private static final double[] INPUTS = {-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3};
    private static final double[] LEAKS = {0.01, 0.1, 0.2};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        Function function = Function.values()[random.nextInt(Function.values().length)];
        double z = Draws.pick(random, INPUTS);
        double leak = Draws.pick(random, LEAKS);
        if (function == Function.LEAKY_RELU && z == 0) {
            z = -1.5;
        }
        return new Problem(function, z, function == Function.LEAKY_RELU ? leak : 0);
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        double z = p.z();
        String zt = MathText.num(z);
        double sigmoid = 1 / (1 + Math.exp(-z));
        String stem;
        String solution;
        double value;
        List<String> hints;
        double b;
        switch (p.function()) {
            case SIGMOID -> {
                value = sigmoid;
                stem = "Compute the sigmoid $\\sigma(z) = \\frac{1}{1 + e^{-z}}$ at $z = " + zt + "$. Round to 4 decimal places.";
                solution = "$$\\sigma(" + zt + ") = \\frac{1}{1 + e^{" + MathText.num(-z) + "}} = \\frac{1}{1 + "
                        + MathText.num(Math.exp(-z)) + "} \\approx " + MathText.num(value) + "$$";
                hints = List.of("$\\sigma(0) = 0.5$ and $\\sigma(-z) = 1 - \\sigma(z)$.", "Evaluate $e^{-z}$ first.");
                b = -1.0;
            }
            case TANH -> {
                value = Math.tanh(z);
                stem = "Compute $\\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}$ at $z = " + zt + "$. Round to 4 decimal places.";
                solution = "$$\\tanh(" + zt + ") = \\frac{" + MathText.num(Math.exp(z)) + " - " + MathText.num(Math.exp(-z))
                        + "}{" + MathText.num(Math.exp(z)) + " + " + MathText.num(Math.exp(-z)) + "} \\approx "
                        + MathText.num(value) + "$$";
                hints = List.of("$\\tanh$ is odd: $\\tanh(-z) = -\\tanh(z)$, and its values lie in $(-1, 1)$.",
                        "Equivalently $\\tanh(z) = 2\\sigma(2z) - 1$.");
                b = -0.8;
            }
            case RELU -> {
                value = Math.max(0, z);
                stem = "What is $\\operatorname{ReLU}(z) = \\max(0, z)$ at $z = " + zt + "$?";
                solution = "$$\\operatorname{ReLU}(" + zt + ") = \\max(0, " + zt + ") = " + MathText.num(value) + "$$";
                hints = List.of("ReLU keeps positive inputs and replaces negative ones by 0.");
                b = -2.3;
            }
            case LEAKY_RELU -> {
                value = z > 0 ? z : p.leak() * z;
                String leak = MathText.num(p.leak());
                stem = "What is leaky ReLU with slope $\\alpha = " + leak + "$ ($f(z) = z$ for $z > 0$, $f(z) = \\alpha z$ "
                        + "otherwise) at $z = " + zt + "$?";
                solution = z > 0 ? "$z > 0$, so the input passes unchanged: $f(" + zt + ") = " + zt + "$."
                        : "$z \\le 0$, so it is scaled by $\\alpha$: $f(" + zt + ") = " + leak + "\\cdot " + MathText.factor(z)
                        + " = " + MathText.num(value) + "$.";
                hints = List.of("Leaky ReLU behaves like ReLU for positive inputs.",
                        "For negative inputs it returns $\\alpha z$ instead of 0, so a small gradient still flows.");
                b = -1.6;
            }
            default -> {
                value = sigmoid * (1 - sigmoid);
                stem = "What is the derivative of the sigmoid, $\\sigma'(z)$, at $z = " + zt + "$? Round to 4 decimal places.";
                solution = "Use $\\sigma'(z) = \\sigma(z)\\,(1 - \\sigma(z))$ with $\\sigma(" + zt + ") \\approx "
                        + MathText.num(sigmoid) + "$:\n\n$$\\sigma'(" + zt + ") \\approx " + MathText.num(sigmoid) + "\\cdot "
                        + MathText.num(1 - sigmoid) + " \\approx " + MathText.num(value) + "$$";
                hints = List.of("The sigmoid's derivative can be written with the sigmoid itself.",
                        "$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$, which peaks at $0.25$ when $z = 0$.");
                b = -0.2;
            }
        }
        return Instances.number(this, seed, stem, value, 5e-4, solution, hints, 0.9, b);
    }
}
