package org.mlready.assessment.item.data;

import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** The confusion matrix (scikit-learn layout) of predictions {@code score >= threshold}. */
public final class ThresholdMatrixFamily extends GeneratedItemFamily {

    public ThresholdMatrixFamily() {
        super("threshold-confusion-matrix", "roc-pr-confusion", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 8, 12);
        int[] labels = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(2);
            scores[i] = (RandomDraw.between(random, 5, 75) + (labels[i] == 1 ? 20 : 0)) / 100.0;
        }
        double threshold = RandomDraw.pick(random, 3, 4, 5, 6, 7) / 10.0;
        if (random.nextInt(3) == 0) {
            scores[random.nextInt(n)] = threshold;
        }
        ConfusionCounts counts = ConfusionCounts.atThreshold(labels, scores, threshold);
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = scores[i] >= threshold ? 1 : 0;
        }
        String stem = "```python\ny_true = " + NumberText.list(labels) + "\nscores = np.array("
                + NumberText.list(scores)
                + ")\ny_pred = (scores >= " + NumberText.of(threshold) + ").astype(int)\n```\n\n"
                + "What does `confusion_matrix(y_true, y_pred)` return? Rows are the actual class (0, then 1), columns "
                + "the predicted class (0, then 1), so the layout is [[TN, FP], [FN, TP]].";
        String solution = "Thresholding gives `y_pred = " + NumberText.list(predicted) + "` (a score equal to "
                + NumberText.of(threshold) + " counts as positive because of `>=`).\n\nComparing position by position:"
                + "\n\n" + counts.markdown() + "\nAnswer: **[[" + counts.tn() + ", " + counts.fp() + "], ["
                + counts.fn()
                + ", " + counts.tp() + "]]**.";
        List<String> hints = List.of("First turn every score into a 0/1 prediction with the threshold.",
                "Then count the four combinations of (actual, predicted).");
        List<List<Double>> rows = new ArrayList<>();
        rows.add(List.of((double) counts.tn(), (double) counts.fp()));
        rows.add(List.of((double) counts.fn(), (double) counts.tp()));
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.MATRIX, new AnswerKey.Matrix(rows, 1e-9, 0),
                solution, hints, List.of(), ItemIrt.free(1.1, -0.5));
    }
}
