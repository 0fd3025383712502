package org.mlready.assessment.item.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ItemIrt;
import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.ResponseType;
import org.mlready.assessment.item.SeededRandom;

/**
 * Two algorithms scored on the same cross-validation folds: the mean paired difference, the paired t statistic,
 * or whether the difference is significant given the critical value.
 */
public final class PairedFoldComparisonFamily extends GeneratedItemFamily {

    private static final List<String> ALGORITHMS = List.of("gradient boosting", "random forest",
            "logistic regression", "an SVM with RBF kernel", "a small MLP", "k-nearest neighbours");

    public PairedFoldComparisonFamily() {
        super("cv-paired-comparison", "task-compare-algorithms", 3000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int k = RandomDraw.pick(random, 5, 10);
        int question = random.nextInt(3);
        boolean strict = random.nextInt(3) == 0;
        double critical = k == 5 ? (strict ? 4.604 : 2.776) : (strict ? 3.250 : 2.262);
        String alpha = strict ? "0.01" : "0.05";
        int[] a = new int[k];
        int[] b = new int[k];
        int[] d = new int[k];
        double t;
        do {
            int level = RandomDraw.between(random, 700, 900);
            int shift = RandomDraw.between(random, -15, 15);
            int noise = RandomDraw.between(random, 3, 12);
            for (int i = 0; i < k; i++) {
                a[i] = level + RandomDraw.between(random, -30, 30);
                d[i] = shift + (int) Math.round(noise * random.nextGaussian());
                b[i] = a[i] - d[i];
            }
            t = tStatistic(d);
        } while (!Double.isFinite(t) || Math.abs(Math.abs(t) - critical) < 0.05);
        List<String> names = RandomDraw.sample(random, ALGORITHMS, 2);
        String metric = RandomDraw.pick(random, List.of("accuracy", "ROC AUC", "macro F1"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            rows.add(List.of(String.valueOf(i + 1), Num.fixed(a[i] / 1000.0, 3), Num.fixed(b[i] / 1000.0, 3)));
        }
        double mean = mean(d) / 1000.0;
        double sd = sd(d) / 1000.0;
        String intro = "You compare model A (" + names.get(0) + ") and model B (" + names.get(1) + ") with the same "
                + k + "-fold split, so both are scored on exactly the same folds (" + metric + "):\n\n"
                + MarkdownTable.render(List.of("fold", "A", "B"), rows) + "\n";
        StringBuilder differences = new StringBuilder();
        for (int i = 0; i < k; i++) {
            differences.append(i == 0 ? "" : ", ").append(Num.fixed(d[i] / 1000.0, 3));
        }
        String steps = "Because the folds are shared, compare per fold: $d_i = A_i - B_i$ = " + differences + ".\n\n"
                + "Mean difference $\\bar d = " + Num.fixed(mean * k, 3) + " / " + k + Num.eq(mean, 5)
                + Num.fixed(mean, 5) + "$.";
        String tSteps = steps + " Sample standard deviation (ddof = 1) $s_d" + Num.eq(sd, 5) + Num.fixed(sd, 5)
                + "$.\n\n$$t = \\frac{\\bar d}{s_d / \\sqrt{" + k + "}} = \\frac{" + Num.fixed(mean, 5) + "}{"
                + Num.fixed(sd, 5) + " / " + Num.fixed(Math.sqrt(k), 4) + "}" + Num.eq(t, 2) + Num.fixed(t, 2) + "$$";
        if (question == 0) {
            double answer = Num.round(mean, 4);
            String stem = intro + "What is the mean of the per-fold differences A - B? Round to 4 decimal places.";
            return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.rounded(answer, 4),
                    steps + "\n\nAnswer: **" + Num.fixed(answer, 4) + "**.", List.of(
                    "Subtract B from A fold by fold.", "Average the " + k + " differences (keep their signs)."),
                    List.of(), ItemIrt.free(1.0, -0.6));
        }
        if (question == 1) {
            double answer = Num.round(t, 2);
            String stem = intro + "Compute the paired t statistic of the differences A - B, "
                    + "$t = \\bar d / (s_d / \\sqrt{k})$ with $s_d$ the sample standard deviation (ddof = 1). "
                    + "Round to 2 decimal places.";
            return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.rounded(answer, 2),
                    tSteps + "\n\nAnswer: **" + Num.fixed(answer, 2) + "**.", List.of(
                    "Work with the per-fold differences, not with the two columns separately.",
                    "Use n - 1 in the standard deviation, then divide the mean by $s_d/\\sqrt{k}$."),
                    List.of(), ItemIrt.free(1.3, 0.8));
        }
        boolean significant = Math.abs(t) > critical;
        String verdict = !significant ? "not significant" : t > 0 ? "A better" : "B better";
        String comparison = "|t| = " + Num.fixed(Math.abs(t), 2) + (significant ? " > " : " < ") + critical;
        List<ChoiceSet.Option> options = List.of(
                new ChoiceSet.Option("A is significantly better than B", verdict.equals("A better"),
                        verdict.equals("A better") ? "Correct: t = " + Num.fixed(t, 2) + " is positive and "
                                + comparison + "." : "Wrong: t = " + Num.fixed(t, 2) + " and " + comparison + "."),
                new ChoiceSet.Option("B is significantly better than A", verdict.equals("B better"),
                        verdict.equals("B better") ? "Correct: t = " + Num.fixed(t, 2) + " is negative and "
                                + comparison + "." : "Wrong: t = " + Num.fixed(t, 2) + " and " + comparison + "."),
                new ChoiceSet.Option("The difference is not significant at α = " + alpha, !significant,
                        !significant ? "Correct: " + comparison + ", so the test does not reject equal means."
                                : "Wrong: " + comparison + ", so the paired test rejects equal means."));
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String stem = intro + "A two-sided paired t-test on the per-fold differences A - B, at α = " + alpha
                + ", has critical value " + critical + " (t distribution with " + (k - 1) + " degrees of freedom). "
                + "What do you conclude?";
        String solution = tSteps + "\n\nCompare with the critical value: " + comparison + ". "
                + (significant ? "The difference is significant and its sign favours " + (t > 0 ? "A" : "B") + "."
                : "The difference is not significant.") + "\n\nAnswer: **"
                + choices.stream().filter(Choice::correct).findFirst().orElseThrow().text() + "**.";
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, List.of("Compute the paired t statistic of the per-fold differences.",
                "Significant when |t| exceeds the critical value; the sign of t says which model is ahead."),
                choices, ItemIrt.choice(1.3, 1.0, choices.size()));
    }

    private static double mean(int[] values) {
        double sum = 0;
        for (int v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double sd(int[] values) {
        double m = mean(values);
        double ss = 0;
        for (int v : values) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    private static double tStatistic(int[] d) {
        double s = sd(d);
        return s == 0 ? Double.NaN : mean(d) / (s / Math.sqrt(d.length));
    }
}
