package org.mlready.assessment.item.concepts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * A histogram given as bin counts and drawn as text bars: is it right-skewed, left-skewed, bimodal or roughly
 * symmetric, by a rule the stem states (a deep valley between two tall bins, else the binned skewness).
 */
public final class HistogramShapeFamily extends GeneratedItemFamily {

    enum Shape {
        RIGHT("Right-skewed (long tail of large values)"),
        LEFT("Left-skewed (long tail of small values)"),
        BIMODAL("Bimodal (two separate peaks)"),
        SYMMETRIC("Roughly symmetric (one central peak)");

        final String text;

        Shape(String text) {
            this.text = text;
        }
    }

    private record Measure(String name, String unit, int start, int width) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("delivery time", "min", 10, 5), new Measure("customer age", "years", 15, 5),
            new Measure("exam score", "points", 30, 7), new Measure("session length", "min", 0, 4),
            new Measure("order value", "EUR", 0, 20), new Measure("daily commute", "km", 0, 3),
            new Measure("response latency", "ms", 100, 25), new Measure("house size", "m²", 30, 15),
            new Measure("battery life", "h", 4, 2), new Measure("wait time", "s", 0, 30));

    public HistogramShapeFamily() {
        super("histogram-shape", "visual-pattern-finding", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Shape shape = Shape.values()[random.nextInt(4)];
        Measure measure = RandomDraw.pick(random, MEASURES);
        int bins = RandomDraw.between(random, 8, 10);
        int[] counts;
        do {
            counts = counts(random, shape, bins);
        } while (classify(counts) != shape);
        double skew = skewness(counts);
        int valley = valley(counts);

        List<String> ranges = new ArrayList<>();
        StringBuilder bars = new StringBuilder("```text\n");
        int labelWidth = 0;
        for (int i = 0; i < bins; i++) {
            int low = measure.start() + i * measure.width();
            ranges.add(low + "–" + (low + measure.width()));
            labelWidth = Math.max(labelWidth, ranges.get(i).length());
        }
        for (int i = 0; i < bins; i++) {
            bars.append(String.format("%-" + labelWidth + "s | %s %d%n", ranges.get(i), "#".repeat(counts[i]),
                    counts[i]));
        }
        bars.append("```\n");
        String stem = "A histogram of " + measure.name() + " (" + measure.unit() + ", bins of width "
                + measure.width() + ") has these bin counts:\n\n" + bars
                + "\nClassify its shape with this rule. It is **bimodal** if some bin has at most half the count of "
                + "the tallest bin on its left and at most half the count of the tallest bin on its right, and both "
                + "of those tallest bins reach at least 40% of the overall maximum. Otherwise compute the skewness "
                + "$g = m_3 / m_2^{3/2}$ of the binned data (each value at its bin midpoint, $m_k$ the $k$-th "
                + "central moment): right-skewed if $g > 0.5$, left-skewed if $g < -0.5$, roughly symmetric if "
                + "$|g| < 0.2$. Which shape is it?";
        List<ChoiceSet.Option> options = new ArrayList<>();
        for (Shape candidate : Shape.values()) {
            options.add(new ChoiceSet.Option(candidate.text, candidate == shape, explain(candidate, shape, skew,
                    valley, counts)));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String valleyStep = valley >= 0
                ? "Bin " + ranges.get(valley) + " (count " + counts[valley] + ") is a deep valley: the tallest bins "
                + "on its left (" + maxOf(counts, 0, valley) + ") and right (" + maxOf(counts, valley + 1, bins)
                + ") are both at least twice as high and at least 40% of the maximum " + maxOf(counts, 0, bins)
                + ". So the histogram is bimodal; the skewness does not decide it."
                : "No bin is a deep valley between two tall bins, so there is one main peak and the skewness "
                + "decides. With bin midpoints as values, $g = m_3/m_2^{3/2} \\approx "
                + Text.fixed(skew, 2) + "$, " + (shape == Shape.RIGHT ? "above 0.5: the tail stretches right."
                : shape == Shape.LEFT ? "below -0.5: the tail stretches left." : "within ±0.2: the two sides "
                + "balance.");
        String solution = valleyStep + "\n\nAnswer: **" + shape.text + "**.";
        List<String> hints = List.of("First look for two separate humps with a clear dip between them.",
                "If there is one hump, ask on which side the bars trail off more slowly.");
        double difficulty = shape == Shape.SYMMETRIC ? -0.6 : shape == Shape.BIMODAL ? -0.8 : -0.4;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.0, difficulty, choices.size()));
    }

    private static String explain(Shape candidate, Shape shape, double skew, int valley, int[] counts) {
        String g = "$g \\approx " + Text.fixed(skew, 2) + "$";
        if (candidate == shape) {
            return shape == Shape.BIMODAL ? "Correct: a deep valley of " + counts[valley] + " separates two tall "
                    + "peaks." : "Correct: there is a single peak and " + g + ".";
        }
        if (candidate == Shape.BIMODAL) {
            return "There is only one peak: no bin is a deep valley between two tall bins.";
        }
        if (shape == Shape.BIMODAL) {
            return "A single skewness number cannot describe two separate peaks; the valley rule applies first.";
        }
        return candidate == Shape.RIGHT ? "That needs $g > 0.5$, but " + g + "."
                : candidate == Shape.LEFT ? "That needs $g < -0.5$, but " + g + "."
                : "That needs $|g| < 0.2$, but " + g + ".";
    }

    private static int[] counts(Random random, Shape shape, int bins) {
        double[] density = new double[bins];
        int peak = RandomDraw.between(random, 12, 22);
        if (shape == Shape.RIGHT || shape == Shape.LEFT) {
            double decay = 0.55 + 0.15 * random.nextDouble();
            int top = RandomDraw.between(random, 0, 2);
            for (int i = 0; i < bins; i++) {
                density[i] = i < top ? 0.5 + 0.2 * i : Math.pow(decay, i - top);
            }
        } else if (shape == Shape.SYMMETRIC) {
            double centre = (bins - 1) / 2.0;
            double spread = 1.3 + random.nextDouble();
            for (int i = 0; i < bins; i++) {
                density[i] = Math.exp(-(i - centre) * (i - centre) / (2 * spread * spread));
            }
        } else {
            int first = RandomDraw.between(random, 1, 2);
            int second = bins - 1 - RandomDraw.between(random, 1, 2);
            double ratio = 0.5 + 0.5 * random.nextDouble();
            for (int i = 0; i < bins; i++) {
                density[i] = Math.exp(-(i - first) * (i - first) / 1.2)
                        + ratio * Math.exp(-(i - second) * (i - second) / 1.2);
            }
        }
        int[] counts = new int[bins];
        for (int i = 0; i < bins; i++) {
            counts[i] = Math.max(0, (int) Math.round(peak * density[i]) + RandomDraw.between(random, -1, 1));
        }
        if (shape == Shape.LEFT) {
            for (int i = 0; i < bins / 2; i++) {
                int swap = counts[i];
                counts[i] = counts[bins - 1 - i];
                counts[bins - 1 - i] = swap;
            }
        }
        return counts;
    }

    /** The shape by the stated rule, or null when the skewness falls between the stated bands. */
    static Shape classify(int[] counts) {
        if (valley(counts) >= 0) {
            return Shape.BIMODAL;
        }
        double g = skewness(counts);
        return g > 0.5 ? Shape.RIGHT : g < -0.5 ? Shape.LEFT : Math.abs(g) < 0.2 ? Shape.SYMMETRIC : null;
    }

    /** The first bin that is a deep valley between two tall bins, or -1. */
    static int valley(int[] counts) {
        int max = maxOf(counts, 0, counts.length);
        for (int j = 1; j < counts.length - 1; j++) {
            int left = maxOf(counts, 0, j);
            int right = maxOf(counts, j + 1, counts.length);
            if (2 * counts[j] <= left && 2 * counts[j] <= right && 10 * Math.min(left, right) >= 4 * max) {
                return j;
            }
        }
        return -1;
    }

    private static int maxOf(int[] counts, int from, int to) {
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, counts[i]);
        }
        return max;
    }

    /** Moment skewness with bin index as the value: the width and offset of the bins cancel out. */
    static double skewness(int[] counts) {
        double n = 0;
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i];
            sum += counts[i] * (double) i;
        }
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        for (int i = 0; i < counts.length; i++) {
            double d = i - mean;
            m2 += counts[i] * d * d;
            m3 += counts[i] * d * d * d;
        }
        m2 /= n;
        m3 /= n;
        return m3 / Math.pow(m2, 1.5);
    }
}
