package org.mlready.assessment.item.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/** Scores over seeds for a baseline and a new method: the sample spread, and the gain measured in that spread. */
public final class SeedSpreadFamily extends GeneratedItemFamily {

    private static final List<String> METRICS = List.of("test accuracy (%)", "macro-F1 (%)", "mAP (%)",
            "top-5 accuracy (%)", "exact match (%)");

    public SeedSpreadFamily() {
        super("seed-spread", "reproducibility", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 3, 6);
        String metric = RandomDraw.pick(random, METRICS);
        int baseCentre = RandomDraw.between(random, 700, 920);
        int gain = RandomDraw.between(random, 0, 25);
        int[] base = new int[n];
        int[] fresh = new int[n];
        List<Integer> seeds = RandomDraw.sample(random, List.of(0, 1, 2, 3, 7, 13, 17, 42, 123, 1234, 2024), n);
        seeds.sort(null);
        do {
            for (int i = 0; i < n; i++) {
                base[i] = baseCentre + RandomDraw.between(random, -12, 12);
                fresh[i] = baseCentre + gain + RandomDraw.between(random, -15, 15);
            }
        } while (distinct(base) < 2 || distinct(fresh) < 2);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(String.valueOf(seeds.get(i)), tenths(base[i]), tenths(fresh[i])));
        }
        double meanBase = mean(base);
        double meanNew = mean(fresh);
        double sdBase = sd(base, meanBase);
        double sdNew = sd(fresh, meanNew);
        boolean askSpread = random.nextBoolean();
        boolean ofBaseline = random.nextBoolean();
        String table = MarkdownTable.render(List.of("seed", "baseline", "new method"), rows);
        String stem = "Both methods were trained with the same " + n + " seeds; the table gives " + metric + ".\n\n"
                + table + "\n"
                + (askSpread
                ? "To report the " + (ofBaseline ? "baseline" : "new method") + " as mean ± standard deviation, "
                + "compute its sample standard deviation (divide by $n - 1$). Round to 2 decimal places."
                : "By how many baseline standard deviations does the new method's mean exceed the baseline mean, "
                + "that is $(\\bar{x}_{new} - \\bar{x}_{base}) / s_{base}$ with $s_{base}$ the sample standard "
                + "deviation (divide by $n - 1$) of the baseline? Round to 2 decimal places (negative if the new "
                + "method is worse).");
        double answer;
        String solution;
        if (askSpread) {
            int[] values = ofBaseline ? base : fresh;
            double m = ofBaseline ? meanBase : meanNew;
            double s = ofBaseline ? sdBase : sdNew;
            answer = Decimals.round(s, 2);
            solution = spreadSteps(values, m, s, ofBaseline ? "base" : "new") + "\n\nAnswer: **"
                    + Decimals.fixed(s, 2) + "**.";
        } else {
            double ratio = (meanNew - meanBase) / sdBase;
            answer = Decimals.round(ratio, 2);
            solution = spreadSteps(base, meanBase, sdBase, "base") + "\n\nThe new method's mean is $\\bar{x}_{new} = "
                    + Decimals.fixed(meanNew, 4) + "$, so the ratio is $(" + Decimals.fixed(meanNew, 4) + " - "
                    + Decimals.fixed(meanBase, 4) + ") / " + Decimals.fixed(sdBase, 4) + " = "
                    + Decimals.fixed(ratio, 4) + "$. A gain of less than about one or two run-to-run standard "
                    + "deviations, from a handful of seeds, is weak evidence of a real improvement."
                    + "\n\nAnswer: **" + Decimals.fixed(ratio, 2) + "**.";
        }
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.rounded(answer, 2),
                solution, askSpread
                ? List.of("Start from the mean, then add up the squared deviations from it.",
                "Divide by $n - 1$, not $n$, and take the square root.")
                : List.of("Compute both means first.", "The baseline standard deviation divides by $n - 1$."),
                List.of(), ItemIrt.free(1.1, askSpread ? -0.2 + 0.1 * (n - 3) : 0.4 + 0.1 * (n - 3)));
    }

    private static String spreadSteps(int[] values, double mean, double sd, String name) {
        StringBuilder squares = new StringBuilder();
        double sum = 0;
        for (int v : values) {
            double d = v / 10.0 - mean;
            sum += d * d;
            squares.append(squares.length() == 0 ? "" : " + ").append(Decimals.fixed(d * d, 4));
        }
        return "Mean: $\\bar{x}_{" + name + "} = " + Decimals.fixed(mean, 4) + "$. Squared deviations: $" + squares
                + " = " + Decimals.fixed(sum, 4) + "$. Sample variance $= " + Decimals.fixed(sum, 4) + " / "
                + (values.length - 1) + " = " + Decimals.fixed(sum / (values.length - 1), 4) + "$, so $s_{" + name
                + "} = " + Decimals.fixed(sd, 4) + "$.";
    }

    private static String tenths(int value) {
        return Decimals.fixed(value / 10.0, 1);
    }

    private static int distinct(int[] values) {
        return (int) Arrays.stream(values).distinct().count();
    }

    private static double mean(int[] values) {
        double sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum / values.length / 10.0;
    }

    private static double sd(int[] values, double mean) {
        double sum = 0;
        for (int v : values) {
            double d = v / 10.0 - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
