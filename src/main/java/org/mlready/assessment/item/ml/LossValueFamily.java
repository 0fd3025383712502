package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Loss values: cross-entropy for a one-hot target, mean squared error, and binary cross-entropy. */
public final class LossValueFamily extends GeneratedItemFamily {

    public LossValueFamily() {
        super("loss-values", "activation-loss-functions", 5_000);
    }

    enum Loss { CROSS_ENTROPY, MSE, BINARY_CROSS_ENTROPY }

    /**
     * CROSS_ENTROPY: {@code predicted} in twentieths, {@code target} the true class. MSE: {@code predicted} and
     * {@code actual} in halves. BINARY_CROSS_ENTROPY: {@code predicted[0]} in tenths, {@code target} the label.
     */
    record Problem(Loss loss, int[] predicted, int[] actual, int target) {
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        Loss loss = Loss.values()[random.nextInt(3)];
        return switch (loss) {
            case CROSS_ENTROPY -> {
                int k = Draws.between(random, 3, 4);
                int[] twentieths = new int[k];
                int left = 20;
                for (int i = 0; i < k - 1; i++) {
                    twentieths[i] = Draws.between(random, 1, left - (k - 1 - i));
                    left -= twentieths[i];
                }
                twentieths[k - 1] = left;
                yield new Problem(loss, twentieths, new int[0], random.nextInt(k));
            }
            case MSE -> {
                int n = Draws.pick(random, 2, 4, 5);
                int[] predicted = new int[n];
                int[] actual = new int[n];
                for (int i = 0; i < n; i++) {
                    actual[i] = Draws.between(random, -4, 8);
                    predicted[i] = actual[i] + Draws.between(random, -4, 4);
                }
                yield new Problem(loss, predicted, actual, 0);
            }
            case BINARY_CROSS_ENTROPY -> new Problem(loss, new int[] {Draws.between(random, 1, 9)}, new int[0],
                    random.nextInt(2));
        };
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        return switch (p.loss()) {
            case CROSS_ENTROPY -> crossEntropy(seed, p);
            case MSE -> meanSquaredError(seed, p);
            case BINARY_CROSS_ENTROPY -> binaryCrossEntropy(seed, p);
        };
    }

    private ItemInstance crossEntropy(long seed, Problem p) {
        double[] probabilities = new double[p.predicted().length];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = p.predicted()[i] / 20.0;
        }
        int[] oneHot = new int[probabilities.length];
        oneHot[p.target()] = 1;
        double pTrue = probabilities[p.target()];
        double value = -Math.log(pTrue);
        String stem = "A classifier outputs the probabilities $\\hat{y} = " + MathText.vector(probabilities)
                + "$ and the one-hot target is $y = " + MathText.vector(oneHot) + "$. What is the cross-entropy loss "
                + "$L = -\\sum_i y_i \\ln \\hat{y}_i$ (natural log)? Round to 4 decimal places.";
        String solution = "Only the true class (class " + (p.target() + 1) + ") has $y_i = 1$, so every other term vanishes:"
                + "\n\n$$L = -\\ln " + MathText.num(pTrue) + " \\approx " + MathText.num(value) + "$$";
        List<String> hints = List.of("With a one-hot target the sum keeps a single term.",
                "The loss is $-\\ln$ of the probability given to the correct class.");
        return Instances.number(this, seed, stem, value, 5e-4, solution, hints, 1.0, -0.7);
    }

    private ItemInstance meanSquaredError(long seed, Problem p) {
        int n = p.actual().length;
        List<String> squares = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int diff = p.predicted()[i] - p.actual()[i];
            sum += diff * diff;
            squares.add(MathText.factor(diff) + "^2");
        }
        double value = sum / (double) n;
        String stem = "A regression model predicts $\\hat{y} = " + MathText.vector(p.predicted()) + "$ for targets $y = "
                + MathText.vector(p.actual()) + "$. What is the mean squared error $\\frac{1}{n}\\sum_i (\\hat{y}_i - y_i)^2$?";
        String solution = "Errors $\\hat{y} - y$, squared and averaged:\n\n$$\\text{MSE} = \\frac{" + String.join(" + ", squares)
                + "}{" + n + "} = \\frac{" + sum + "}{" + n + "} = " + MathText.num(value) + "$$";
        List<String> hints = List.of("Subtract each target from its prediction, then square.",
                "Average the squares: divide their sum by the number of examples.");
        return Instances.number(this, seed, stem, value, 1e-6, solution, hints, 0.9, -1.4);
    }

    private ItemInstance binaryCrossEntropy(long seed, Problem p) {
        double yHat = p.predicted()[0] / 10.0;
        int y = p.target();
        double value = y == 1 ? -Math.log(yHat) : -Math.log(1 - yHat);
        String stem = "A binary classifier predicts $\\hat{y} = " + MathText.num(yHat) + "$ for an example whose label is $y = "
                + y + "$. What is the binary cross-entropy $L = -[y \\ln \\hat{y} + (1 - y) \\ln(1 - \\hat{y})]$ (natural log)? "
                + "Round to 4 decimal places.";
        String solution = "With $y = " + y + "$ only the " + (y == 1 ? "first" : "second") + " term survives:\n\n$$L = -\\ln "
                + (y == 1 ? MathText.num(yHat) : "(1 - " + MathText.num(yHat) + ") = -\\ln " + MathText.num(1 - yHat))
                + " \\approx " + MathText.num(value) + "$$";
        List<String> hints = List.of("Because $y$ is 0 or 1, one of the two terms is multiplied by zero.",
                "For $y = 0$ the loss is $-\\ln(1 - \\hat{y})$; for $y = 1$ it is $-\\ln \\hat{y}$.");
        return Instances.number(this, seed, stem, value, 5e-4, solution, hints, 1.0, -0.8);
    }
}
