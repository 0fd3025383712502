package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** One step of the perceptron learning rule {@code w <- w + eta (y - y_hat) x}, bias included. */
public final class PerceptronUpdateFamily extends GeneratedItemFamily {

    public PerceptronUpdateFamily() {
        super("perceptron-update", "perceptrons-mlp", 10_000);
    }

    record Problem(int[] weights, int bias, int[] input, int label, double learningRate) {
    }

    private static final double[] LEARNING_RATES = {1, 0.5, 0.1, 0.2};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        double eta = Draws.pick(random, LEARNING_RATES);
        boolean misclassified = Draws.chance(random, 4, 5);
        int n = Draws.between(random, 2, 3);
        while (true) {
            int[] w = new int[n];
            int[] x = new int[n];
            for (int i = 0; i < n; i++) {
                w[i] = Draws.between(random, -3, 3);
                x[i] = Draws.between(random, -3, 3);
            }
            int b = Draws.between(random, -2, 2);
            int y = random.nextInt(2);
            int z = b;
            for (int i = 0; i < n; i++) {
                z += w[i] * x[i];
            }
            int predicted = z >= 0 ? 1 : 0;
            if (z != 0 && (predicted != y) == misclassified) {
                return new Problem(w, b, x, y, eta);
            }
        }
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int n = p.weights().length;
        double[] w = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = p.weights()[i];
            x[i] = p.input()[i];
        }
        double z = Perceptrons.preActivation(w, p.bias(), x);
        int predicted = z >= 0 ? 1 : 0;
        int error = p.label() - predicted;
        double[] updated = new double[n + 1];
        for (int i = 0; i < n; i++) {
            updated[i] = w[i] + p.learningRate() * error * x[i];
        }
        updated[n] = p.bias() + p.learningRate() * error;
        String eta = MathText.num(p.learningRate());
        String stem = "A perceptron with step activation ($\\hat{y} = 1$ if $w \\cdot x + b \\ge 0$, else $0$) has "
                + "weights $w = " + MathText.vector(p.weights()) + "$ and bias $b = " + p.bias() + "$. It is trained "
                + "with the perceptron rule $w \\leftarrow w + \\eta\\,(y - \\hat{y})\\,x$, $b \\leftarrow b + \\eta\\,(y - \\hat{y})$ "
                + "and learning rate $\\eta = " + eta + "$ on the example $x = " + MathText.vector(p.input())
                + "$ with label $y = " + p.label() + "$.\n\nWhat are the weights and bias after this one update? Answer as $(w_1, \\dots, w_"
                + n + ", b)$.";
        StringBuilder solution = new StringBuilder("Prediction: $z = " + Perceptrons.expansion(w, p.bias(), x)
                + " = " + MathText.num(z) + "$, so $\\hat{y} = " + predicted + "$.\n\n");
        if (error == 0) {
            solution.append("The prediction equals the label, so $y - \\hat{y} = 0$ and nothing changes: ")
                    .append("$").append(MathText.vector(updated)).append("$.");
        } else {
            solution.append("The error is $y - \\hat{y} = ").append(error).append("$, so each weight moves by $")
                    .append(eta).append("\\cdot ").append(MathText.factor(error)).append("\\cdot x_i$ and the bias by $")
                    .append(MathText.num(p.learningRate() * error)).append("$:\n\n$$w = ")
                    .append(MathText.vector(w)).append(" + ").append(MathText.factor(p.learningRate() * error))
                    .append("\\cdot ").append(MathText.vector(x)).append(" = ")
                    .append(MathText.vector(java.util.Arrays.copyOf(updated, n))).append(",\\quad b = ")
                    .append(p.bias()).append(" + ").append(MathText.factor(p.learningRate() * error)).append(" = ")
                    .append(MathText.num(updated[n])).append("$$\n\nAnswer: $").append(MathText.vector(updated)).append("$.");
        }
        List<String> hints = List.of("Start by computing the current prediction $\\hat{y}$ for this example.",
                "If the prediction is right, the perceptron rule leaves the weights unchanged.",
                "When it is wrong, add $\\eta (y - \\hat{y})$ times the input to the weights and $\\eta (y - \\hat{y})$ to the bias.");
        return Instances.vector(this, seed, stem, MathText.doubles(updated), 1e-6, solution.toString(), hints,
                1.1, error == 0 ? -0.8 : -0.4);
    }
}
