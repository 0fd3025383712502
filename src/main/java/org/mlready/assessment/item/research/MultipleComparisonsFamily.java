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

/** How many of a list of p-values survive a Bonferroni correction or the Benjamini-Hochberg procedure. */
public final class MultipleComparisonsFamily extends GeneratedItemFamily {

    private static final List<String> METRICS = List.of("accuracy", "macro-F1", "recall on the rare class",
            "precision at 10", "calibration error", "latency", "log loss", "AUC", "click-through rate",
            "session length", "retention after 7 days", "conversion rate", "refund rate", "crash rate");

    public MultipleComparisonsFamily() {
        super("multiple-comparisons-rejections", "hypothesis-formulation", 5000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean bh = random.nextBoolean();
        int levelHundredths = random.nextBoolean() ? 5 : 10;
        int m;
        int[] thousandths;
        do {
            m = RandomDraw.between(random, 5, 10);
            thousandths = new int[m];
            for (int i = 0; i < m; i++) {
                thousandths[i] = random.nextInt(3) == 0 ? RandomDraw.between(random, 1, 30)
                        : RandomDraw.between(random, 1, 400);
            }
        } while (hasTie(thousandths, levelHundredths));
        List<String> metrics = RandomDraw.sample(random, METRICS, m);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            rows.add(List.of(metrics.get(i), Decimals.fixed(thousandths[i] / 1000.0, 3)));
        }
        String level = Decimals.plain(levelHundredths / 100.0);
        String procedure = bh
                ? "the Benjamini-Hochberg procedure at false discovery rate $q = " + level + "$ (sort the p-values "
                + "ascending, find the largest rank $k$ with $p_{(k)} \\le k q / m$, and reject the $k$ smallest)"
                : "a Bonferroni correction for a family-wise error rate of $\\alpha = " + level + "$ (reject when "
                + "$p \\le \\alpha / m$)";
        String stem = "An A/B test of a new recommender compares " + m + " metrics with the old one and reports "
                + "these p-values:\n\n" + MarkdownTable.render(List.of("metric", "p-value"), rows)
                + "\nYou apply " + procedure + ", where $m = " + m + "$ is the number of tests. "
                + "How many of the " + m + " hypotheses $H_0$ are rejected? Answer with a whole number.";
        int answer;
        String steps;
        if (bh) {
            int[] sorted = thousandths.clone();
            Arrays.sort(sorted);
            StringBuilder lines = new StringBuilder("Sorted p-values against the thresholds $k \\cdot " + level
                    + " / " + m + "$:\n\n");
            answer = 0;
            for (int k = 1; k <= m; k++) {
                double threshold = k * levelHundredths / (100.0 * m);
                boolean passes = sorted[k - 1] * 100L * m < (long) k * levelHundredths * 1000;
                if (passes) {
                    answer = k;
                }
                lines.append("- $k = ").append(k).append("$: $p_{(").append(k).append(")} = ")
                        .append(Decimals.fixed(sorted[k - 1] / 1000.0, 3)).append(passes ? " \\le " : " > ")
                        .append(Decimals.fixed(threshold, 4)).append("$\n");
            }
            steps = lines + (answer == 0 ? "\nNo rank passes, so nothing is rejected."
                    : "\nThe largest rank that passes is $k = " + answer + "$, so the " + answer
                    + " smallest p-values are rejected (including any smaller rank that failed its own threshold).");
        } else {
            double threshold = levelHundredths / (100.0 * m);
            answer = 0;
            List<String> passing = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                if (thousandths[i] * 100L * m < levelHundredths * 1000L) {
                    answer++;
                    passing.add(metrics.get(i) + " ($" + Decimals.fixed(thousandths[i] / 1000.0, 3) + "$)");
                }
            }
            steps = "The per-test threshold is $\\alpha / m = " + level + " / " + m + " = "
                    + Decimals.fixed(threshold, 4) + "$. "
                    + (answer == 0 ? "No p-value is at or below it."
                    : "The p-values at or below it: " + String.join(", ", passing) + ".");
        }
        String solution = steps + "\n\nAnswer: **" + answer + "**.";
        List<String> hints = bh
                ? List.of("Sort the p-values from smallest to largest and give them ranks $1, \\dots, m$.",
                "Compare the $k$-th smallest p-value with $k q / m$; the largest passing rank decides.")
                : List.of("Bonferroni divides the significance level by the number of tests.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(answer), solution,
                hints, List.of(), ItemIrt.free(1.2, bh ? 0.8 + 0.05 * (m - 5) : -0.3 + 0.05 * (m - 5)));
    }

    /** True when some p-value sits exactly on a threshold, where a learner's rounding could flip the decision. */
    private static boolean hasTie(int[] thousandths, int levelHundredths) {
        int m = thousandths.length;
        for (int p : thousandths) {
            for (int k = 1; k <= m; k++) {
                if ((long) p * 100 * m == (long) k * levelHundredths * 1000) {
                    return true;
                }
            }
        }
        return false;
    }
}
