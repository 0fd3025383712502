package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Metrics of a small classifier's probability output at the 0.5 cut: the four headline metrics, or macro F1. */
public final class ClassifierMetricsFamily extends GeneratedItemFamily {

    public ClassifierMetricsFamily() {
        super("classifier-output-metrics", "task-classification-model", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 8, 12);
        int[] labels = new int[n];
        double[] proba = new double[n];
        int[] predicted = new int[n];
        ConfusionCounts counts;
        do {
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(2);
                int hundredths = RandomDraw.between(random, 3, 77) + (labels[i] == 1 ? 20 : 0);
                if (hundredths == 50) {
                    hundredths = 51;
                }
                proba[i] = hundredths / 100.0;
                predicted[i] = proba[i] > 0.5 ? 1 : 0;
            }
            counts = ConfusionCounts.of(labels, predicted);
        } while (counts.tp() == 0 || counts.tn() == 0);
        boolean macro = random.nextInt(3) == 0;
        String stem = "A model's predicted probabilities of class 1 on a validation set:\n\n```python\ny_val = "
                + NumberText.list(labels) + "\nproba = model.predict_proba(X_val)[:, 1]\n# proba = "
                + NumberText.list(proba) + "\ny_pred = (proba > 0.5).astype(int)\n```\n\n"
                + (macro ? "What is `f1_score(y_val, y_pred, average=\"macro\")`, the unweighted mean of the F1 scores "
                + "of class 0 and class 1? Round to 4 decimal places."
                : "Give (accuracy, precision, recall, F1) for class 1, each rounded to 4 decimal places.");
        int tp = counts.tp();
        int fp = counts.fp();
        int fn = counts.fn();
        int tn = counts.tn();
        String countsText = "Thresholding gives `y_pred = " + NumberText.list(predicted) + "`, so TP = " + tp
                + ", FP = " + fp + ", FN = " + fn + ", TN = " + tn + ".\n\n";
        String solution;
        AnswerKey key;
        if (macro) {
            double f1One = counts.f1();
            double f1Zero = new ConfusionCounts(tn, fn, fp, tp).f1();
            double answer = NumberText.round((f1One + f1Zero) / 2, 4);
            solution = countsText + "F1 of class 1: $\\frac{2 \\cdot " + tp + "}{2 \\cdot " + tp + " + " + fp + " + "
                    + fn + "} \\approx " + NumberText.of(NumberText.round(f1One, 4)) + "$. For class 0 the roles swap "
                    + "(TN are its true positives): $\\frac{2 \\cdot " + tn + "}{2 \\cdot " + tn + " + " + fn + " + "
                    + fp + "} \\approx " + NumberText.of(NumberText.round(f1Zero, 4)) + "$.\n\nMacro F1 $= ("
                    + NumberText.of(NumberText.round(f1One, 4)) + " + " + NumberText.of(NumberText.round(f1Zero, 4))
                    + ") / 2 \\approx " + NumberText.of(answer) + "$.\n\nAnswer: **" + NumberText.of(answer) + "**.";
            key = AnswerKeys.rounded(answer, 4);
        } else {
            double[] exact = {counts.accuracy(), counts.precision(), counts.recall(), counts.f1()};
            double[] values = new double[4];
            String[] signs = new String[4];
            for (int i = 0; i < 4; i++) {
                values[i] = NumberText.round(exact[i], 4);
                signs[i] = NumberText.equalsOrApprox(exact[i], values[i]);
            }
            solution = countsText
                    + "- accuracy $= (" + tp + " + " + tn + ") / " + n + signs[0] + NumberText.of(values[0]) + "$\n"
                    + "- precision $= " + tp + " / (" + tp + " + " + fp + ")" + signs[1] + NumberText.of(values[1])
                    + "$\n"
                    + "- recall $= " + tp + " / (" + tp + " + " + fn + ")" + signs[2] + NumberText.of(values[2]) + "$\n"
                    + "- F1 $= 2 \\cdot " + tp + " / (2 \\cdot " + tp + " + " + fp + " + " + fn + ")" + signs[3]
                    + NumberText.of(values[3]) + "$\n\nAnswer: **(" + NumberText.of(values[0]) + ", "
                    + NumberText.of(values[1]) + ", " + NumberText.of(values[2]) + ", " + NumberText.of(values[3])
                    + ")**.";
            key = AnswerKeys.roundedVector(4, values);
        }
        List<String> hints = List.of("Turn each probability into a prediction with `> 0.5` first.",
                "Count TP, FP, FN and TN, then apply the formulas.",
                macro ? "For class 0's F1, treat 0 as the positive class: its true positives are the TN."
                        : "F1 = 2TP / (2TP + FP + FN).");
        return new ItemInstance(id(), skillId(), seed, stem, macro ? ResponseType.NUMBER : ResponseType.VECTOR, key,
                solution, hints, List.of(), ItemIrt.free(1.2, macro ? 0.7 : 0.0));
    }
}
