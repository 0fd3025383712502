package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Output of a perceptron with a step (0/1) or sign (-1/+1) activation for given weights, bias and input. */
public final class PerceptronOutputFamily extends GeneratedItemFamily {

    public PerceptronOutputFamily() {
        super("perceptron-output", "perceptrons-mlp", 10_000);
    }

    record Problem(double[] weights, double bias, double[] input, boolean signLabels) {
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean signLabels = Draws.chance(random, 1, 3);
        boolean halves = Draws.chance(random, 1, 3);
        int n = Draws.between(random, 2, 4);
        while (true) {
            double[] w = new double[n];
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = halves ? Draws.between(random, -6, 6) / 2.0 : Draws.between(random, -3, 3);
                x[i] = Draws.between(random, -2, 3);
            }
            double b = halves ? Draws.between(random, -4, 4) / 2.0 : Draws.between(random, -3, 3);
            if (Perceptrons.preActivation(w, b, x) != 0) {
                return new Problem(w, b, x, signLabels);
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        String activation = p.signLabels()
                ? "$\\operatorname{sign}(z) = +1$ if $z \\ge 0$, otherwise $-1$"
                : "the step function $H(z) = 1$ if $z \\ge 0$, otherwise $0$";
        String stem = "A perceptron has weights $w = " + MathText.vector(p.weights()) + "$, bias $b = "
                + MathText.num(p.bias()) + "$ and activation " + activation + ". What does it output for the input $x = "
                + MathText.vector(p.input()) + "$?";
        double z = Perceptrons.preActivation(p.weights(), p.bias(), p.input());
        double output = z >= 0 ? 1 : p.signLabels() ? -1 : 0;
        String solution = "Weighted sum plus bias:\n\n$$z = w \\cdot x + b = "
                + Perceptrons.expansion(p.weights(), p.bias(), p.input()) + " = " + MathText.num(z) + "$$\n\n"
                + "Since $z " + (z >= 0 ? "\\ge" : "<") + " 0$, the output is $" + MathText.num(output) + "$.";
        List<String> hints = List.of("First compute $z = w \\cdot x + b$.",
                "The activation only looks at the sign of $z$.");
        return Instances.number(this, seed, stem, output, 1e-9, solution, hints, 0.8, -1.8);
    }
}
