package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Softmax of a small logit vector: the whole probability vector, or one class's probability. */
public final class SoftmaxFamily extends GeneratedItemFamily {

    public SoftmaxFamily() {
        super("softmax-vector", "activation-loss-functions", 5_000);
    }

    /** {@code component} is -1 for the whole vector, otherwise the 0-based class asked about. */
    record Problem(int[] logits, int component) {
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        int n = Draws.between(random, 3, 4);
        int[] logits = new int[n];
        do {
            for (int i = 0; i < n; i++) {
                logits[i] = Draws.between(random, -2, 3);
            }
        } while (Arrays.stream(logits).distinct().count() == 1);
        int component = Draws.chance(random, 1, 3) ? random.nextInt(n) : -1;
        return new Problem(logits, component);
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int[] z = p.logits();
        double[] exps = new double[z.length];
        double sum = 0;
        List<String> expTexts = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            exps[i] = Math.exp(z[i]);
            sum += exps[i];
            expTexts.add("e^{" + z[i] + "} \\approx " + MathText.num(exps[i]));
        }
        double[] probabilities = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            probabilities[i] = exps[i] / sum;
        }
        String question = p.component() < 0
                ? "Compute $\\operatorname{softmax}(z)$ (the whole vector), rounded to 4 decimal places."
                : "What probability does softmax assign to class " + (p.component() + 1) + ", i.e. $\\operatorname{softmax}(z)_"
                + (p.component() + 1) + "$? Round to 4 decimal places.";
        String stem = "A classifier outputs the logits $z = " + MathText.vector(z) + "$. " + question;
        String solution = "$\\operatorname{softmax}(z)_i = e^{z_i} / \\sum_j e^{z_j}$. Exponentials:\n\n$$"
                + String.join(",\\quad ", expTexts) + "$$\n\nTheir sum is $\\approx " + MathText.num(sum) + "$, so\n\n$$"
                + (p.component() < 0 ? "\\operatorname{softmax}(z) \\approx " + MathText.vector(probabilities)
                : "\\operatorname{softmax}(z)_" + (p.component() + 1) + " \\approx \\frac{" + MathText.num(exps[p.component()])
                + "}{" + MathText.num(sum) + "} \\approx " + MathText.num(probabilities[p.component()])) + "$$";
        List<String> hints = List.of("Exponentiate every logit, then divide each by the sum of the exponentials.",
                "Subtracting the same constant from every logit (e.g. the maximum) does not change the result and keeps numbers small.");
        if (p.component() < 0) {
            return Instances.vector(this, seed, stem, MathText.doubles(probabilities), 1e-3, solution, hints, 1.0, -0.4);
        }
        return Instances.number(this, seed, stem, probabilities[p.component()], 1e-3, solution, hints, 1.0, -0.6);
    }
}
