package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** One summary statistic of a shown column: mean, median, a quartile (NumPy's linear method), range or mode. */
public final class SummaryStatisticFamily extends GeneratedItemFamily {

    public SummaryStatisticFamily() {
        super("profiling-summary-statistic", "data-profiling", 1000);
    }

    private static final List<String> STATISTICS = List.of("mean", "median", "Q1", "Q3", "range", "mode");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String statistic = RandomDraw.pick(random, STATISTICS);
        int n = RandomDraw.between(random, 6, 10);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = RandomDraw.between(random, 1, 30);
        }
        if (statistic.equals("mode")) {
            values = withUniqueMode(random, values);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double answer;
        String work;
        switch (statistic) {
            case "mean" -> {
                double sum = Arrays.stream(values).sum();
                answer = NumberText.round(sum / n, 2);
                work = "$\\bar{x} = " + NumberText.of(sum) + " / " + n + (answer == sum / n ? " = " : " \\approx ")
                        + NumberText.of(answer) + "$";
            }
            case "median" -> {
                answer = NumpyPercentile.of(values, 50);
                work = n % 2 == 1 ? "the middle (position " + n / 2 + ") value is " + NumberText.of(answer)
                        : "the two middle values are " + NumberText.of(sorted[n / 2 - 1]) + " and "
                        + NumberText.of(sorted[n / 2]) + ", whose average is " + NumberText.of(answer);
            }
            case "Q1", "Q3" -> {
                double p = statistic.equals("Q1") ? 25 : 75;
                answer = NumpyPercentile.of(values, p);
                work = NumpyPercentile.steps(values, p, "Q_" + statistic.charAt(1));
            }
            case "range" -> {
                answer = sorted[n - 1] - sorted[0];
                work = "$" + NumberText.of(sorted[n - 1]) + " - " + NumberText.of(sorted[0]) + " = "
                        + NumberText.of(answer) + "$";
            }
            default -> {
                TreeMap<Double, Integer> counts = new TreeMap<>();
                for (double v : values) {
                    counts.merge(v, 1, Integer::sum);
                }
                answer = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow()
                        .getKey();
                work = NumberText.of(answer) + " occurs " + counts.get(answer) + " times, more often than any other "
                        + "value";
            }
        }
        String question = switch (statistic) {
            case "mean" -> "the mean (rounded to 2 decimal places)";
            case "median" -> "the median";
            case "Q1" -> "the first quartile $Q_1$ (25th percentile)";
            case "Q3" -> "the third quartile $Q_3$ (75th percentile)";
            case "range" -> "the range (maximum minus minimum)";
            default -> "the mode";
        };
        List<String> texts = new ArrayList<>();
        for (double v : values) {
            texts.add(NumberText.of(v));
        }
        List<String> sortedTexts = new ArrayList<>();
        for (double v : sorted) {
            sortedTexts.add(NumberText.of(v));
        }
        boolean quartile = statistic.startsWith("Q");
        String stem = "A column `x` holds these " + n + " values:\n\n$$" + String.join(",\\ ", texts) + "$$\n\n"
                + "What is " + question + " of `x`?" + (quartile ? "\n\n" + NumpyPercentile.METHOD : "");
        String solution = "Sorted: $" + String.join(",\\ ", sortedTexts) + "$.\n\nFor " + question + ": " + work
                + ".\n\nAnswer: **" + NumberText.of(answer) + "**.";
        List<String> hints = List.of(
                "Sort the values first.",
                switch (statistic) {
                    case "mean" -> "Add all values and divide by " + n + ".";
                    case "median" -> n % 2 == 0 ? "With an even count, average the two middle values."
                            : "With an odd count the median is the single middle value.";
                    case "Q1", "Q3" -> "Positions start at 0: $h = (n - 1)\\,q/100$.";
                    case "range" -> "Subtract the smallest value from the largest.";
                    default -> "Count how often each value occurs.";
                });
        double difficulty = switch (statistic) {
            case "mean", "range", "mode" -> -1.5;
            case "median" -> -1.1;
            default -> 0.2;
        };
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                statistic.equals("mean") ? AnswerKeys.rounded(answer, 2) : AnswerKeys.exact(answer), solution, hints,
                List.of(), ItemIrt.free(1.0, difficulty));
    }

    /** Makes one value clearly the most frequent: it appears three times, every other value at most once. */
    private static double[] withUniqueMode(Random random, double[] values) {
        int n = values.length;
        double mode = RandomDraw.between(random, 1, 30);
        double[] out = new double[n];
        List<Double> used = new ArrayList<>(List.of(mode));
        for (int i = 0; i < n; i++) {
            if (i < 3) {
                out[i] = mode;
            } else {
                double v;
                do {
                    v = RandomDraw.between(random, 1, 30);
                } while (used.contains(v));
                used.add(v);
                out[i] = v;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = out[i];
            out[i] = out[j];
            out[j] = swap;
        }
        return out;
    }
}
