package org.mlready.assessment.item.data;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Whether a shown column is right-skewed, left-skewed or symmetric (exactly mirrored data for the last). */
public final class SkewDirectionFamily extends GeneratedItemFamily {

    public SkewDirectionFamily() {
        super("profiling-skew-direction", "data-profiling", 300);
    }

    enum Direction { RIGHT, LEFT, SYMMETRIC }

    static final String RIGHT = "Right-skewed (positive skew)";
    static final String LEFT = "Left-skewed (negative skew)";
    static final String SYMMETRIC = "Symmetric (zero skew)";

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Direction direction = Direction.values()[random.nextInt(3)];
        double[] values;
        do {
            values = draw(random, direction);
        } while (!clearlyShaped(values, direction));
        double mean = Arrays.stream(values).average().orElseThrow();
        double median = NumpyPercentile.of(values, 50);
        double skew = skewness(values);
        String meanText = NumberText.of(NumberText.round(mean, 2));
        String comparison = direction == Direction.RIGHT ? "the mean (" + meanText + ") is above the median ("
                + NumberText.of(median) + ")" : direction == Direction.LEFT ? "the mean (" + meanText
                + ") is below the median (" + NumberText.of(median) + ")"
                : "the mean and the median are both " + NumberText.of(median);
        List<ChoiceSet.Option> options = List.of(
                new ChoiceSet.Option(RIGHT, direction == Direction.RIGHT, direction == Direction.RIGHT
                        ? "Correct: a few large values form a long tail to the right, pulling the mean above the "
                        + "median."
                        : "A right skew needs a long tail of large values; here " + comparison + "."),
                new ChoiceSet.Option(LEFT, direction == Direction.LEFT, direction == Direction.LEFT
                        ? "Correct: a few small values form a long tail to the left, pulling the mean below the median."
                        : "A left skew needs a long tail of small values; here " + comparison + "."),
                new ChoiceSet.Option(SYMMETRIC, direction == Direction.SYMMETRIC, direction == Direction.SYMMETRIC
                        ? "Correct: the values mirror each other around " + NumberText.of(median) + ", so the "
                        + "deviations cancel and the skewness is exactly 0."
                        : "The values are not mirrored around the centre: " + comparison + "."));
        List<Choice> choices = ChoiceSet.lettered(options);
        List<String> texts = new ArrayList<>();
        for (double v : values) {
            texts.add(NumberText.of(v));
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        List<String> sortedTexts = new ArrayList<>();
        for (double v : sorted) {
            sortedTexts.add(NumberText.of(v));
        }
        String stem = "A column holds these values:\n\n$$" + String.join(",\\ ", texts) + "$$\n\n"
                + "Which best describes the shape of its distribution?";
        String solution = "Sorted: $" + String.join(",\\ ", sortedTexts) + "$.\n\n"
                + "Mean $\\approx " + meanText + "$, median $= " + NumberText.of(median) + "$; " + comparison + ". "
                + "The sample skewness (pandas `skew()`) is about " + NumberText.of(NumberText.round(skew, 2))
                + ".\n\nAnswer: **" + (direction == Direction.RIGHT ? RIGHT
                : direction == Direction.LEFT ? LEFT : SYMMETRIC) + "**.";
        List<String> hints = List.of(
                "Sort the values and look at which side stretches further from the middle.",
                "Compare the mean with the median: a tail pulls the mean towards it.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(0.9, direction == Direction.SYMMETRIC ? -0.6 : -0.9,
                        choices.size()));
    }

    private static double[] draw(Random random, Direction direction) {
        int centre = RandomDraw.between(random, 20, 60);
        int n = RandomDraw.between(random, 7, 10);
        double[] values = new double[n];
        if (direction == Direction.SYMMETRIC) {
            for (int i = 0; i + 1 < n; i += 2) {
                int offset = RandomDraw.between(random, 1, 12);
                values[i] = centre - offset;
                values[i + 1] = centre + offset;
            }
            if (n % 2 == 1) {
                values[n - 1] = centre;
            }
        } else {
            int tail = RandomDraw.between(random, 1, 2);
            for (int i = 0; i < n; i++) {
                int offset = i < tail ? RandomDraw.between(random, 15, 35) : RandomDraw.between(random, 0, 5);
                values[i] = direction == Direction.RIGHT ? centre + offset : centre - offset;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /** Skewness and the mean-median gap must agree, so both ways of judging the shape give the same answer. */
    private static boolean clearlyShaped(double[] values, Direction direction) {
        if (direction == Direction.SYMMETRIC) {
            return true;
        }
        double sign = direction == Direction.RIGHT ? 1 : -1;
        double gap = Arrays.stream(values).average().orElseThrow() - NumpyPercentile.of(values, 50);
        return sign * skewness(values) > 0.5 && sign * gap >= 1;
    }

    /** Adjusted Fisher-Pearson sample skewness, as pandas {@code Series.skew()} computes it. */
    static double skewness(double[] values) {
        int n = values.length;
        double mean = Arrays.stream(values).average().orElseThrow();
        double m2 = 0;
        double m3 = 0;
        for (double v : values) {
            m2 += (v - mean) * (v - mean);
            m3 += (v - mean) * (v - mean) * (v - mean);
        }
        m2 /= n;
        m3 /= n;
        if (m2 == 0) {
            return 0;
        }
        return Math.sqrt((double) n * (n - 1)) / (n - 2) * m3 / Math.pow(m2, 1.5);
    }
}
