package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Number of trainable parameters of a fully connected network with given layer sizes. */
public final class MlpParameterCountFamily extends GeneratedItemFamily {

    public MlpParameterCountFamily() {
        super("mlp-parameter-count", "perceptrons-mlp", 10_000);
    }

    enum Ask { TOTAL, WEIGHTS_ONLY, ONE_LAYER }

    /** {@code sizes} runs from the input size to the output size; {@code layer} is 1-based for ONE_LAYER. */
    record Problem(int[] sizes, Ask ask, int layer) {
    }

    private static final int[] INPUTS = {2, 3, 4, 8, 10, 20, 64, 100, 784};
    private static final int[] HIDDEN = {3, 4, 5, 8, 10, 16, 32, 64, 128};
    private static final int[] OUTPUTS = {1, 2, 3, 5, 10};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        int hidden = Draws.between(random, 1, 3);
        int[] sizes = new int[hidden + 2];
        sizes[0] = Draws.pick(random, INPUTS);
        for (int i = 1; i <= hidden; i++) {
            sizes[i] = Draws.pick(random, HIDDEN);
        }
        sizes[hidden + 1] = Draws.pick(random, OUTPUTS);
        Ask ask = Ask.values()[random.nextInt(3)];
        int layer = Draws.between(random, 1, hidden + 1);
        return new Problem(sizes, ask, ask == Ask.ONE_LAYER ? layer : 0);
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int[] s = p.sizes();
        int layers = s.length - 1;
        StringBuilder architecture = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            architecture.append(i == 0 ? "" : " \\to ").append(s[i]);
        }
        String question = switch (p.ask()) {
            case TOTAL -> "How many trainable parameters (weights and biases) does it have in total?";
            case WEIGHTS_ONLY -> "How many weights does it have, not counting biases?";
            case ONE_LAYER -> "How many trainable parameters (weights and biases) does layer " + p.layer()
                    + " (the connection " + s[p.layer() - 1] + " → " + s[p.layer()] + ") have?";
        };
        String stem = "A fully connected network has layer sizes $" + architecture + "$ (input, "
                + (layers - 1) + " hidden layer" + (layers > 2 ? "s" : "") + ", output), and every non-input neuron has a bias. "
                + question;
        boolean withBias = p.ask() != Ask.WEIGHTS_ONLY;
        long total = 0;
        List<String> lines = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int i = 1; i <= layers; i++) {
            if (p.ask() == Ask.ONE_LAYER && i != p.layer()) {
                continue;
            }
            long count = (long) s[i - 1] * s[i] + (withBias ? s[i] : 0);
            lines.add("- layer " + i + ": $" + s[i - 1] + " \\cdot " + s[i] + (withBias ? " + " + s[i] : "") + " = "
                    + count + "$");
            terms.add(Long.toString(count));
            total += count;
        }
        String solution = "A dense layer from $n_{in}$ to $n_{out}$ neurons has an $n_{in} \\times n_{out}$ weight matrix"
                + (withBias ? " plus $n_{out}$ biases" : "") + ":\n\n" + String.join("\n", lines)
                + (terms.size() > 1 ? "\n\nTotal: $" + String.join(" + ", terms) + " = " + total + "$." : "");
        List<String> hints = List.of("Count each pair of consecutive layers separately.",
                "A layer connecting $n_{in}$ to $n_{out}$ neurons has $n_{in} n_{out}$ weights and $n_{out}$ biases.");
        double b = switch (p.ask()) {
            case ONE_LAYER -> -1.4;
            case WEIGHTS_ONLY -> -0.9;
            case TOTAL -> -0.7;
        };
        return Instances.number(this, seed, stem, total, 1e-9, solution, hints, 1.0, b + 0.1 * (layers - 2));
    }
}
