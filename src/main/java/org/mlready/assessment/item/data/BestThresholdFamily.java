package org.mlready.assessment.item.data;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Which of four candidate thresholds maximises F1 or accuracy on shown validation scores (a unique winner). */
public final class BestThresholdFamily extends GeneratedItemFamily {

    public BestThresholdFamily() {
        super("best-threshold", "task-classification-model", 1000);
    }

    private static final double[] CANDIDATES = {0.3, 0.4, 0.5, 0.6, 0.7};

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        boolean useF1 = random.nextBoolean();
        int n = RandomDraw.between(random, 8, 10);
        int[] labels = new int[n];
        double[] scores = new double[n];
        double[] thresholds = new double[4];
        double[] metric = new double[4];
        int best;
        do {
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(2);
                scores[i] = (RandomDraw.between(random, 10, 70) + (labels[i] == 1 ? 20 : 0)) / 100.0;
            }
            int skip = random.nextInt(CANDIDATES.length);
            for (int c = 0, t = 0; c < CANDIDATES.length; c++) {
                if (c != skip) {
                    thresholds[t++] = CANDIDATES[c];
                }
            }
            for (int t = 0; t < 4; t++) {
                ConfusionCounts counts = ConfusionCounts.atThreshold(labels, scores, thresholds[t]);
                metric[t] = useF1 ? counts.f1() : counts.accuracy();
            }
            best = uniqueBest(metric);
        } while (best < 0);
        String name = useF1 ? "F1 score" : "accuracy";
        List<ChoiceSet.Option> options = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            ConfusionCounts c = ConfusionCounts.atThreshold(labels, scores, thresholds[t]);
            String value = NumberText.of(NumberText.round(metric[t], 4));
            String detail = "TP = " + c.tp() + ", FP = " + c.fp() + ", FN = " + c.fn() + ", TN = " + c.tn() + ", "
                    + name + " " + (useF1 ? "$= " + 2 * c.tp() + "/" + (2 * c.tp() + c.fp() + c.fn())
                    : "$= " + (c.tp() + c.tn()) + "/" + n) + " \\approx " + value + "$";
            rows.add(List.of(NumberText.of(thresholds[t]), String.valueOf(c.tp()), String.valueOf(c.fp()),
                    String.valueOf(c.fn()), String.valueOf(c.tn()), value));
            options.add(new ChoiceSet.Option("threshold " + NumberText.of(thresholds[t]), t == best,
                    (t == best ? "Correct: " : "Lower than the best: ") + detail + "."));
        }
        List<Choice> choices = ChoiceSet.lettered(options);
        String stem = "Validation labels and predicted probabilities of class 1:\n\n```python\ny_val  = "
                + NumberText.list(labels) + "\nscores = " + NumberText.list(scores) + "\n```\n\n"
                + "Predict class 1 when `score >= threshold`. Which threshold gives the highest " + name
                + " on this validation set?";
        String solution = "Evaluate each candidate:\n\n"
                + MarkdownTable.render(List.of("threshold", "TP", "FP", "FN", "TN", name), rows)
                + "\nThe highest " + name + " is at **threshold " + NumberText.of(thresholds[best]) + "**.";
        List<String> hints = List.of("For each threshold, count TP, FP, FN and TN.",
                useF1 ? "F1 = 2TP / (2TP + FP + FN); true negatives do not enter it."
                        : "Accuracy = (TP + TN) / " + n + ".");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(1.1, useF1 ? 0.5 : 0.1, choices.size()));
    }

    /** Index of the strict maximum, or -1 when the best value is shared. */
    private static int uniqueBest(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (i != best && Math.abs(values[i] - values[best]) < 1e-12) {
                return -1;
            }
        }
        return best;
    }
}
