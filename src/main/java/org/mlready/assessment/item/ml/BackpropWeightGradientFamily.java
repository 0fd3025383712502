package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/**
 * One backpropagation gradient of a tiny ReLU network: dL/d(one weight or bias), with a linear output and
 * L = (1/2)(y_hat - y)^2, or a sigmoid output and binary cross-entropy.
 */
public final class BackpropWeightGradientFamily extends GeneratedItemFamily {

    public BackpropWeightGradientFamily() {
        super("backprop-single-weight", "forward-backprop", 10_000);
    }

    enum Target { FIRST_LAYER_WEIGHT, FIRST_LAYER_BIAS, SECOND_LAYER_WEIGHT }

    /** {@code unit} is the 0-based hidden unit; {@code input} the 0-based input for first-layer weights. */
    record Problem(TinyNetwork network, boolean crossEntropy, int label, Target target, int unit, int input) {
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean crossEntropy = Draws.chance(random, 2, 5);
        Target target = Target.values()[random.nextInt(3)];
        boolean wantActive = Draws.chance(random, 4, 5);
        while (true) {
            TinyNetwork net = TinyNetwork.draw(random, 2);
            int unit = random.nextInt(2);
            int input = random.nextInt(2);
            int label = crossEntropy ? random.nextInt(2) : Draws.between(random, -3, 3);
            boolean noKink = net.preActivation(0) != 0 && net.preActivation(1) != 0;
            boolean activeAsWanted = (net.preActivation(unit) > 0) == wantActive;
            boolean errorNonZero = crossEntropy || net.logit() != label;
            boolean calmLogit = !crossEntropy || Math.abs(net.logit()) <= 3;
            if (noKink && activeAsWanted && errorNonZero && calmLogit) {
                return new Problem(net, crossEntropy, label, target, unit, input);
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        TinyNetwork net = p.network();
        int j = p.unit() + 1;
        String parameter = switch (p.target()) {
            case FIRST_LAYER_WEIGHT -> "W^{(1)}_{" + j + (p.input() + 1) + "}";
            case FIRST_LAYER_BIAS -> "b^{(1)}_{" + j + "}";
            case SECOND_LAYER_WEIGHT -> "w^{(2)}_{" + j + "}";
        };
        String setting = p.crossEntropy()
                ? "output $\\hat{y} = \\sigma(z)$ and binary cross-entropy loss $L = -[y \\ln \\hat{y} + (1 - y)\\ln(1 - \\hat{y})]$"
                : "linear output $\\hat{y} = z$ and loss $L = \\tfrac{1}{2}(\\hat{y} - y)^2$";
        String stem = "A network with 2 inputs and 2 ReLU hidden units computes\n\n"
                + "$$a = W^{(1)}x + b^{(1)},\\quad h = \\operatorname{ReLU}(a),\\quad z = w^{(2)} \\cdot h + b^{(2)}$$\n\n"
                + "with " + setting + ". ($W^{(1)}_{ji}$ connects input $i$ to hidden unit $j$.) With\n\n"
                + net.describe() + "\n\nand target $y = " + p.label() + "$, what is $\\partial L / \\partial " + parameter + "$?"
                + (p.crossEntropy() ? " Round to 4 decimal places." : "");

        int z = net.logit();
        double yHat = p.crossEntropy() ? TinyNetwork.sigmoid(z) : z;
        double delta = yHat - p.label();
        int a = net.preActivation(p.unit());
        int reluSlope = a > 0 ? 1 : 0;
        double value = switch (p.target()) {
            case SECOND_LAYER_WEIGHT -> delta * net.activation(p.unit());
            case FIRST_LAYER_BIAS -> delta * net.w2()[p.unit()] * reluSlope;
            case FIRST_LAYER_WEIGHT -> delta * net.w2()[p.unit()] * reluSlope * net.x()[p.input()];
        };
        String deltaText = p.crossEntropy()
                ? "With sigmoid and cross-entropy the output error simplifies to $\\frac{\\partial L}{\\partial z} = \\hat{y} - y = "
                + MathText.num(yHat) + " - " + p.label() + " = " + MathText.num(delta) + "$ (with $\\hat{y} = \\sigma(" + z
                + ") \\approx " + MathText.num(yHat) + "$)."
                : "Output error: $\\frac{\\partial L}{\\partial z} = \\hat{y} - y = " + z + " - " + MathText.factor(p.label())
                + " = " + MathText.num(delta) + "$.";
        String chain = switch (p.target()) {
            case SECOND_LAYER_WEIGHT -> "$$\\frac{\\partial L}{\\partial " + parameter + "} = \\frac{\\partial L}{\\partial z}\\, h_"
                    + j + " = " + MathText.factor(delta) + "\\cdot " + net.activation(p.unit()) + " = " + MathText.num(value) + "$$";
            case FIRST_LAYER_BIAS -> "$$\\frac{\\partial L}{\\partial " + parameter + "} = \\frac{\\partial L}{\\partial z}\\, w^{(2)}_"
                    + j + "\\, \\operatorname{ReLU}'(a_" + j + ") = " + MathText.factor(delta) + "\\cdot "
                    + MathText.factor(net.w2()[p.unit()]) + "\\cdot " + reluSlope + " = " + MathText.num(value) + "$$";
            case FIRST_LAYER_WEIGHT -> "$$\\frac{\\partial L}{\\partial " + parameter + "} = \\frac{\\partial L}{\\partial z}\\, w^{(2)}_"
                    + j + "\\, \\operatorname{ReLU}'(a_" + j + ")\\, x_" + (p.input() + 1) + " = " + MathText.factor(delta)
                    + "\\cdot " + MathText.factor(net.w2()[p.unit()]) + "\\cdot " + reluSlope + "\\cdot "
                    + MathText.factor(net.x()[p.input()]) + " = " + MathText.num(value) + "$$";
        };
        String relu = p.target() == Target.SECOND_LAYER_WEIGHT ? ""
                : "\n\nHidden unit " + j + " has $a_" + j + " = " + a + (a > 0 ? " > 0$, so $\\operatorname{ReLU}'(a_" + j
                + ") = 1$." : " < 0$, so $\\operatorname{ReLU}'(a_" + j + ") = 0$ and no gradient flows through it.");
        String solution = net.forwardSteps() + "\n\n" + deltaText + relu + "\n\nChain rule:\n\n" + chain;
        List<String> hints = List.of("Run the forward pass first and keep every intermediate value.",
                p.crossEntropy() ? "For a sigmoid output with cross-entropy, $\\partial L/\\partial z = \\hat{y} - y$."
                        : "For $L = \\frac12(\\hat{y} - y)^2$ with a linear output, $\\partial L/\\partial z = \\hat{y} - y$.",
                "Multiply the local derivatives along the path from $L$ back to the parameter; ReLU passes the gradient only where $a > 0$.");
        double b = switch (p.target()) {
            case SECOND_LAYER_WEIGHT -> 0.3;
            case FIRST_LAYER_BIAS -> 0.7;
            case FIRST_LAYER_WEIGHT -> 0.9;
        };
        return Instances.number(this, seed, stem, value, p.crossEntropy() ? 1e-3 : 1e-9, solution, hints,
                1.3, b + (p.crossEntropy() ? 0.3 : 0));
    }
}
