package org.mlready.assessment.item.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A 2-input network with one ReLU hidden layer and one output unit: {@code a = W1 x + b1}, {@code h = relu(a)},
 * {@code z = w2 . h + b2}, and output z (linear) or sigmoid(z). All parameters and inputs are small integers.
 */
record TinyNetwork(int[] x, int[][] w1, int[] b1, int[] w2, int b2) {

    static TinyNetwork draw(Random random, int hidden) {
        int[] x = {Draws.nonZeroBetween(random, -2, 3), Draws.between(random, -2, 3)};
        int[][] w1 = new int[hidden][2];
        int[] b1 = new int[hidden];
        int[] w2 = new int[hidden];
        for (int i = 0; i < hidden; i++) {
            w1[i][0] = Draws.between(random, -2, 2);
            w1[i][1] = Draws.between(random, -2, 2);
            b1[i] = Draws.between(random, -1, 1);
            w2[i] = Draws.nonZeroBetween(random, -2, 2);
        }
        return new TinyNetwork(x, w1, b1, w2, Draws.between(random, -1, 1));
    }

    int hidden() {
        return b1.length;
    }

    int preActivation(int i) {
        return w1[i][0] * x[0] + w1[i][1] * x[1] + b1[i];
    }

    int activation(int i) {
        return Math.max(0, preActivation(i));
    }

    int logit() {
        int z = b2;
        for (int i = 0; i < hidden(); i++) {
            z += w2[i] * activation(i);
        }
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The parameters written out for a stem. */
    String describe() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < hidden(); i++) {
            rows.append(i == 0 ? "" : " \\\\ ").append(w1[i][0]).append(" & ").append(w1[i][1]);
        }
        return "$$x = " + MathText.vector(x) + ",\\quad W^{(1)} = \\begin{pmatrix} " + rows
                + " \\end{pmatrix},\\quad b^{(1)} = " + MathText.vector(b1) + ",\\quad w^{(2)} = "
                + MathText.vector(w2) + ",\\quad b^{(2)} = " + b2 + "$$";
    }

    /** Worked forward pass up to the logit z. */
    String forwardSteps() {
        List<String> pre = new ArrayList<>();
        List<String> post = new ArrayList<>();
        for (int i = 0; i < hidden(); i++) {
            pre.add("a_" + (i + 1) + " = " + MathText.factor(w1[i][0]) + "\\cdot " + MathText.factor(x[0]) + " + "
                    + MathText.factor(w1[i][1]) + "\\cdot " + MathText.factor(x[1]) + " + " + MathText.factor(b1[i])
                    + " = " + preActivation(i));
            post.add("h_" + (i + 1) + " = \\max(0, " + preActivation(i) + ") = " + activation(i));
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < hidden(); i++) {
            terms.add(MathText.factor(w2[i]) + "\\cdot " + activation(i));
        }
        terms.add(MathText.factor(b2));
        return "Hidden pre-activations $a = W^{(1)}x + b^{(1)}$:\n\n$$" + String.join(",\\quad ", pre) + "$$\n\n"
                + "ReLU:\n\n$$" + String.join(",\\quad ", post) + "$$\n\nOutput pre-activation:\n\n$$z = "
                + String.join(" + ", terms) + " = " + logit() + "$$";
    }
}
