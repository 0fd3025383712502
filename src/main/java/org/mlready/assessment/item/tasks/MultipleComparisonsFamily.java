package org.mlready.assessment.item.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Interpreting many comparisons at once: the Bonferroni per-test level for all pairs or against a control, the
 * chance of at least one false positive without correction, or how many p-values survive the correction.
 */
public final class MultipleComparisonsFamily extends GeneratedItemFamily {

    public MultipleComparisonsFamily() {
        super("multiple-comparisons", "task-design-experiments", 2000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int question = random.nextInt(3);
        boolean strict = random.nextInt(4) == 0;
        double alpha = strict ? 0.01 : 0.05;
        String alphaText = strict ? "0.01" : "0.05";
        int m = RandomDraw.between(random, 3, 8);
        boolean pairwise = random.nextBoolean();
        int comparisons = pairwise ? m * (m - 1) / 2 : m - 1;
        String setup = pairwise
                ? "You compare " + m + " model variants and test every pair of variants against each other"
                : "You compare " + (m - 1) + " new model variants with the current model (the control), testing "
                + "each variant against the control only";
        String countStep = pairwise
                ? "All pairs of " + m + " variants: $\\binom{" + m + "}{2} = \\frac{" + m + " \\cdot " + (m - 1)
                + "}{2} = " + comparisons + "$ comparisons."
                : "One comparison per new variant: " + comparisons + " comparisons.";
        if (question == 0) {
            double level = alpha / comparisons;
            double answer = Num.round(level, 5);
            String stem = setup + ". To keep the family-wise error rate at " + alphaText + " you apply the Bonferroni "
                    + "correction.\n\nWhat significance level must each single comparison use? Round to 5 decimal places.";
            String solution = countStep + " Bonferroni divides the overall level by the number of comparisons:\n\n$$"
                    + alphaText + " / " + comparisons + Num.eq(level, 5) + Num.fixed(answer, 5) + "$$\n\nAnswer: **"
                    + Num.fixed(answer, 5) + "**.";
            return item(seed, stem, solution, AnswerKeys.rounded(answer, 5), List.of(
                    pairwise ? "Count unordered pairs: m(m - 1)/2." : "The control is not compared with itself.",
                    "Divide the overall level by the number of comparisons."), pairwise ? 0.0 : -0.5);
        }
        if (question == 1) {
            double fwer = 1 - Math.pow(1 - alpha, comparisons);
            double answer = Num.round(fwer, 4);
            String stem = setup + ", each test at level " + alphaText + " with no correction. Suppose no variant "
                    + "truly differs and the tests are independent.\n\nWhat is the probability of at least one "
                    + "false positive among the comparisons? Round to 4 decimal places.";
            String solution = countStep + " Each test avoids a false positive with probability $1 - " + alphaText
                    + "$; all of them do with probability $(1 - " + alphaText + ")^{" + comparisons + "}$.\n\n$$1 - "
                    + Num.of(1 - alpha) + "^{" + comparisons + "}" + Num.eq(fwer, 4) + Num.fixed(answer, 4)
                    + "$$\n\nAnswer: **" + Num.fixed(answer, 4) + "**.";
            return item(seed, stem, solution, AnswerKeys.rounded(answer, 4), List.of(
                    "First count the comparisons.", "P(at least one) = 1 - P(none)."), pairwise ? 0.7 : 0.3);
        }
        double level = alpha / comparisons;
        int shown = Math.min(comparisons, RandomDraw.between(random, 4, 8));
        List<Double> pValues = new ArrayList<>();
        int significant = 0;
        while (pValues.size() < shown) {
            double p = drawP(random, level);
            if (Math.abs(p - level) < 1e-9 || pValues.contains(p)) {
                continue;
            }
            pValues.add(p);
            significant += p < level ? 1 : 0;
        }
        pValues.sort(Double::compare);
        List<String> texts = pValues.stream().map(Num::of).toList();
        String stem = setup + " (" + comparisons + " comparisons in all) at a family-wise level of " + alphaText
                + " with the Bonferroni correction. " + (shown == comparisons ? "The p-values are:\n\n"
                : "The " + shown + " smallest p-values are:\n\n") + String.join(", ", texts) + "\n\n"
                + (shown == comparisons ? "" : "(All the others are above 0.2.) ")
                + "How many comparisons are significant after the correction?";
        String solution = countStep + " Bonferroni level: $" + alphaText + " / " + comparisons + Num.eq(level, 6)
                + Num.fixed(level, 6) + "$. The p-values below it: "
                + (significant == 0 ? "none" : String.join(", ", texts.subList(0, significant))) + ".\n\nAnswer: **"
                + significant + "**.";
        return item(seed, stem, solution, AnswerKeys.exact(significant), List.of(
                "Find the corrected per-comparison level first.",
                "Count only p-values strictly below the corrected level, not below " + alphaText + "."), 0.4);
    }

    /** A p-value with 4 decimals; about half of them fall below the corrected level. */
    private static double drawP(Random random, double level) {
        int tenThousandths = random.nextBoolean()
                ? RandomDraw.between(random, 1, Math.max(1, (int) Math.floor(level * 10_000 * 1.3)))
                : RandomDraw.between(random, (int) Math.ceil(level * 10_000), 600);
        return tenThousandths / 10_000.0;
    }

    private ItemInstance item(long seed, String stem, String solution, org.mlready.assessment.item.AnswerKey key,
                              List<String> hints, double difficulty) {
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, key, solution, hints, List.of(),
                ItemIrt.free(1.1, difficulty));
    }
}
