package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Gradient of binary cross-entropy for one sigmoid neuron: dL/dw = (y_hat - y) x and dL/db = y_hat - y. */
public final class SigmoidNeuronGradientFamily extends GeneratedItemFamily {

    public SigmoidNeuronGradientFamily() {
        super("sigmoid-neuron-gradient", "forward-backprop", 10_000);
    }

    enum Ask { WEIGHT_VECTOR, ONE_WEIGHT, BIAS }

    /** {@code index} is the 0-based weight for ONE_WEIGHT. */
    record Problem(int[] weights, int bias, int[] input, int label, Ask ask, int index) {
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        Ask ask = Ask.values()[random.nextInt(3)];
        int n = Draws.between(random, 2, 3);
        while (true) {
            int[] w = new int[n];
            int[] x = new int[n];
            for (int i = 0; i < n; i++) {
                w[i] = Draws.between(random, -2, 2);
                x[i] = Draws.between(random, -2, 3);
            }
            int b = Draws.between(random, -1, 1);
            int z = b;
            for (int i = 0; i < n; i++) {
                z += w[i] * x[i];
            }
            if (Math.abs(z) <= 3) {
                return new Problem(w, b, x, random.nextInt(2), ask, random.nextInt(n));
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int n = p.weights().length;
        int z = p.bias();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            z += p.weights()[i] * p.input()[i];
            terms.add(MathText.factor(p.weights()[i]) + "\\cdot " + MathText.factor(p.input()[i]));
        }
        terms.add(MathText.factor(p.bias()));
        double yHat = 1 / (1 + Math.exp(-z));
        double error = yHat - p.label();
        String target = switch (p.ask()) {
            case WEIGHT_VECTOR -> "the gradient $\\nabla_w L$ (a vector, one entry per weight)";
            case ONE_WEIGHT -> "$\\partial L / \\partial w_" + (p.index() + 1) + "$";
            case BIAS -> "$\\partial L / \\partial b$";
        };
        String stem = "A single neuron computes $\\hat{y} = \\sigma(w \\cdot x + b)$ with $w = " + MathText.vector(p.weights())
                + "$, $b = " + p.bias() + "$ and is trained with binary cross-entropy "
                + "$L = -[y \\ln \\hat{y} + (1 - y) \\ln(1 - \\hat{y})]$. For the example $x = " + MathText.vector(p.input())
                + "$ with label $y = " + p.label() + "$, compute " + target + ". Round to 4 decimal places.";
        StringBuilder solution = new StringBuilder("Forward: $z = " + String.join(" + ", terms) + " = " + z
                + "$ and $\\hat{y} = \\sigma(" + z + ") \\approx " + MathText.num(yHat) + "$.\n\n"
                + "For sigmoid with cross-entropy, $\\partial L / \\partial z = \\hat{y} - y \\approx "
                + MathText.num(error) + "$, and $\\partial z / \\partial w_i = x_i$, $\\partial z / \\partial b = 1$.\n\n");
        List<String> hints = List.of("Compute $z$ and $\\hat{y} = \\sigma(z)$ first.",
                "With a sigmoid output and cross-entropy, $\\partial L/\\partial z = \\hat{y} - y$: the sigmoid's slope cancels.",
                "Then $\\partial L/\\partial w_i = (\\hat{y} - y)\\,x_i$ and $\\partial L/\\partial b = \\hat{y} - y$.");
        switch (p.ask()) {
            case WEIGHT_VECTOR -> {
                double[] gradient = new double[n];
                for (int i = 0; i < n; i++) {
                    gradient[i] = error * p.input()[i];
                }
                solution.append("$$\\nabla_w L = (\\hat{y} - y)\\,x = ").append(MathText.factor(error)).append("\\cdot ")
                        .append(MathText.vector(p.input())).append(" \\approx ").append(MathText.vector(gradient)).append("$$");
                return Instances.vector(this, seed, stem, MathText.doubles(gradient), 1e-3, solution.toString(), hints, 1.2, 0.4);
            }
            case ONE_WEIGHT -> {
                double value = error * p.input()[p.index()];
                solution.append("$$\\frac{\\partial L}{\\partial w_").append(p.index() + 1).append("} = (\\hat{y} - y)\\,x_")
                        .append(p.index() + 1).append(" = ").append(MathText.factor(error)).append("\\cdot ")
                        .append(MathText.factor(p.input()[p.index()])).append(" \\approx ").append(MathText.num(value)).append("$$");
                return Instances.number(this, seed, stem, value, 1e-3, solution.toString(), hints, 1.2, 0.2);
            }
            default -> {
                solution.append("$$\\frac{\\partial L}{\\partial b} = \\hat{y} - y \\approx ").append(MathText.num(error)).append("$$");
                return Instances.number(this, seed, stem, error, 1e-3, solution.toString(), hints, 1.1, 0.0);
            }
        }
    }
}
