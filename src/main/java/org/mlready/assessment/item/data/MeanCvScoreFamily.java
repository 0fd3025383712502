package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Mean or (population) standard deviation of shown cross-validation fold scores. */
public final class MeanCvScoreFamily extends GeneratedItemFamily {

    public MeanCvScoreFamily() {
        super("cv-mean-score", "cross-validation-metrics", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int k = RandomDraw.between(random, 4, 8);
        boolean std = random.nextInt(3) == 0;
        int centre = RandomDraw.between(random, 60, 92);
        double[] scores = new double[k];
        for (int i = 0; i < k; i++) {
            scores[i] = (centre + RandomDraw.between(random, -6, 6)) / 100.0;
        }
        double mean = Arrays.stream(scores).sum() / k;
        double squares = 0;
        for (double s : scores) {
            squares += (s - mean) * (s - mean);
        }
        double sd = Math.sqrt(squares / k);
        double answer = NumberText.round(std ? sd : mean, 4);
        String stem = "`cross_val_score` returned these " + k + " fold accuracies:\n\n```python\nscores = np.array("
                + NumberText.list(scores) + ")\n```\n\nWhat is `" + (std ? "scores.std()" : "scores.mean()")
                + "`? Round to 4 decimal places." + (std ? " (NumPy's `std` divides by $n$, i.e. `ddof=0`.)" : "");
        String sumText = NumberText.of(NumberText.round(Arrays.stream(scores).sum(), 4));
        String meanStep = "Mean: $" + sumText + " / " + k + (mean == NumberText.round(mean, 4) ? " = " : " \\approx ")
                + NumberText.of(NumberText.round(mean, 4)) + "$.";
        String solution = std
                ? meanStep + "\n\nSquared deviations from the mean add up to $"
                + NumberText.of(NumberText.round(squares, 6))
                + "$; divide by " + k + " and take the square root: $\\sqrt{" + NumberText.of(NumberText.round(
                squares / k, 6)) + "} \\approx " + NumberText.of(answer) + "$.\n\nAnswer: **" + NumberText.of(answer)
                + "**."
                : meanStep + "\n\nAnswer: **" + NumberText.of(answer) + "**.";
        List<String> hints = std
                ? List.of("First compute the mean.", "Average the squared deviations (divide by $n$), then take the "
                        + "square root.")
                : List.of("Add the " + k + " scores and divide by " + k + ".");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.rounded(answer, 4),
                solution, hints, List.of(), ItemIrt.free(0.9, std ? 0.1 : -1.5));
    }
}
