package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** ROC AUC from a few scores and labels, as the share of positive-negative pairs ranked correctly (ties count half). */
public final class RocAucFamily extends GeneratedItemFamily {

    public RocAucFamily() {
        super("roc-auc-pairs", "roc-pr-confusion", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 6, 9);
        int[] labels = new int[n];
        double[] scores = new double[n];
        int positives;
        do {
            positives = 0;
            for (int i = 0; i < n; i++) {
                labels[i] = random.nextInt(2);
                positives += labels[i];
                // Positives tend to score higher; scores on a 0.1 grid so ties happen.
                int tenths = RandomDraw.between(random, 1, 7) + (labels[i] == 1 ? 2 : 0);
                scores[i] = tenths / 10.0;
            }
        } while (positives < 2 || positives > n - 2);
        int negatives = n - positives;
        double wins = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (labels[i] != 1) {
                continue;
            }
            int above = 0;
            int tied = 0;
            for (int j = 0; j < n; j++) {
                if (labels[j] == 0) {
                    above += scores[i] > scores[j] ? 1 : 0;
                    tied += scores[i] == scores[j] ? 1 : 0;
                }
            }
            wins += above + 0.5 * tied;
            lines.add("- positive with score " + NumberText.of(scores[i]) + ": beats " + above + " negative"
                    + (above == 1 ? "" : "s") + (tied > 0 ? ", ties " + tied + " (counts " + NumberText.of(0.5 * tied)
                    + ")" : "") + " → " + NumberText.of(above + 0.5 * tied));
        }
        int pairs = positives * negatives;
        double auc = wins / pairs;
        double answer = NumberText.round(auc, 4);
        String stem = "A model scored " + n + " examples:\n\n```python\ny_true = " + NumberText.list(labels)
                + "\nscores = " + NumberText.list(scores) + "\n```\n\n"
                + "Compute the ROC AUC as the fraction of (positive, negative) pairs in which the positive example "
                + "has the higher score, counting a tie as half a pair (the Mann-Whitney definition, which is what "
                + "`roc_auc_score` computes). Round to 4 decimal places.";
        String solution = "There are " + positives + " positives and " + negatives + " negatives, so " + pairs
                + " pairs.\n\n" + String.join("\n", lines) + "\n\n$$\\text{AUC} = \\frac{" + NumberText.of(wins)
                + "}{" + pairs + "}" + (answer == auc ? " = " : " \\approx ") + NumberText.of(answer)
                + "$$\n\nAnswer: **" + NumberText.of(answer) + "**.";
        List<String> hints = List.of(
                "Pair every positive with every negative: " + positives + " × " + negatives + " pairs.",
                "For each positive, count the negatives with a lower score, plus half of those with an equal score.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.rounded(answer, 4),
                solution, hints, List.of(), ItemIrt.free(1.3, 0.6));
    }
}
