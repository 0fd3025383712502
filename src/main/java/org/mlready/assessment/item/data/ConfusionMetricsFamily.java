package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.MarkdownTable;
import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Accuracy, precision, recall, F1 or specificity from a shown confusion matrix or from label lists. */
public final class ConfusionMetricsFamily extends GeneratedItemFamily {

    public ConfusionMetricsFamily() {
        super("confusion-metrics", "roc-pr-confusion", 1000);
    }

    private static final List<String> METRICS = List.of("accuracy", "precision", "recall", "F1 score", "specificity");

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        String metric = RandomDraw.pick(random, METRICS);
        boolean fromLabels = random.nextInt(3) == 0;
        ConfusionCounts counts;
        String data;
        if (fromLabels) {
            int n = RandomDraw.between(random, 10, 12);
            int[] actual = new int[n];
            int[] predicted = new int[n];
            do {
                for (int i = 0; i < n; i++) {
                    actual[i] = random.nextInt(2);
                    predicted[i] = random.nextInt(4) == 0 ? 1 - actual[i] : actual[i];
                }
                counts = ConfusionCounts.of(actual, predicted);
            } while (counts.tp() == 0 || counts.tn() == 0 || counts.fp() + counts.fn() == 0);
            data = "A classifier's predictions on " + n + " examples (1 = positive):\n\n```python\ny_true = "
                    + NumberText.list(actual) + "\ny_pred = " + NumberText.list(predicted) + "\n```";
        } else {
            counts = new ConfusionCounts(RandomDraw.between(random, 5, 60), RandomDraw.between(random, 1, 30),
                    RandomDraw.between(random, 1, 30), RandomDraw.between(random, 5, 80));
            data = "A binary classifier gives this confusion matrix (rows: actual class, columns: predicted class):\n\n"
                    + MarkdownTable.render(List.of("", "predicted 0", "predicted 1"), List.of(
                            List.of("**actual 0**", String.valueOf(counts.tn()), String.valueOf(counts.fp())),
                            List.of("**actual 1**", String.valueOf(counts.fn()), String.valueOf(counts.tp()))));
        }
        int tp = counts.tp();
        int fp = counts.fp();
        int fn = counts.fn();
        int tn = counts.tn();
        double value;
        String formula;
        switch (metric) {
            case "accuracy" -> {
                value = counts.accuracy();
                formula = "\\frac{TP + TN}{TP + FP + FN + TN} = \\frac{" + tp + " + " + tn + "}{" + counts.total()
                        + "}";
            }
            case "precision" -> {
                value = counts.precision();
                formula = "\\frac{TP}{TP + FP} = \\frac{" + tp + "}{" + tp + " + " + fp + "}";
            }
            case "recall" -> {
                value = counts.recall();
                formula = "\\frac{TP}{TP + FN} = \\frac{" + tp + "}{" + tp + " + " + fn + "}";
            }
            case "specificity" -> {
                value = counts.specificity();
                formula = "\\frac{TN}{TN + FP} = \\frac{" + tn + "}{" + tn + " + " + fp + "}";
            }
            default -> {
                value = counts.f1();
                formula = "\\frac{2\\,TP}{2\\,TP + FP + FN} = \\frac{" + 2 * tp + "}{" + 2 * tp + " + " + fp + " + "
                        + fn + "}";
            }
        }
        double answer = NumberText.round(value, 4);
        String stem = data + "\n\nTreating class 1 as positive, what is the " + metric + "? Round to 4 decimal places.";
        String solution = "Counts: TP = " + tp + ", FP = " + fp + ", FN = " + fn + ", TN = " + tn + ".\n\n$$\\text{"
                + metric + "} = " + formula + (answer == value ? " = " : " \\approx ") + NumberText.of(answer)
                + "$$\n\nAnswer: **" + NumberText.of(answer) + "**.";
        List<String> hints = List.of(
                fromLabels ? "Tally TP, FP, FN and TN by comparing the lists position by position."
                        : "Read TP, FP, FN and TN from the matrix: rows are actual, columns predicted.",
                switch (metric) {
                    case "accuracy" -> "Accuracy is the share of all predictions that are right.";
                    case "precision" -> "Precision: of everything predicted positive, how much is truly positive?";
                    case "recall" -> "Recall: of all true positives, how many were found?";
                    case "specificity" -> "Specificity: of all actual negatives, how many were predicted negative?";
                    default -> "F1 is the harmonic mean of precision and recall, $2TP / (2TP + FP + FN)$.";
                });
        double difficulty = (metric.equals("accuracy") ? -1.4 : metric.startsWith("F1") ? -0.3
                : metric.equals("specificity") ? -0.6 : -0.9) + (fromLabels ? 0.3 : 0);
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.rounded(answer, 4),
                solution, hints, List.of(), ItemIrt.free(1.2, difficulty));
    }
}
