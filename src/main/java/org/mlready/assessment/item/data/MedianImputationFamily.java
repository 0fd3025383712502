package org.mlready.assessment.item.data;

import org.mlready.assessment.item.AnswerKeys;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Median imputation with {@code fillna(s.median())}: the value filled in, or the mean or sum afterwards. */
public final class MedianImputationFamily extends GeneratedItemFamily {

    public MedianImputationFamily() {
        super("cleaning-median-imputation", "data-cleaning", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 7, 10);
        int missingCount = RandomDraw.between(random, 1, 3);
        boolean[] missing = new boolean[n];
        for (int k = 0; k < missingCount; k++) {
            int at;
            do {
                at = random.nextInt(n);
            } while (missing[at]);
            missing[at] = true;
        }
        List<String> shown = new ArrayList<>();
        List<Double> present = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int v = RandomDraw.between(random, 2, 40);
            shown.add(missing[i] ? "NaN" : String.valueOf(v));
            if (!missing[i]) {
                present.add((double) v);
            }
        }
        double[] known = present.stream().mapToDouble(Double::doubleValue).toArray();
        double[] sorted = known.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        double median = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
        double knownSum = Arrays.stream(known).sum();
        double filledSum = knownSum + missingCount * median;
        int question = random.nextInt(3);
        String expression = switch (question) {
            case 0 -> "s.median()";
            case 1 -> "s.fillna(s.median()).sum()";
            default -> "s.fillna(s.median()).mean()";
        };
        double answer = question == 0 ? median : question == 1 ? filledSum : NumberText.round(filledSum / n, 2);
        String series = String.join(", ", shown).replace("NaN", "np.nan");
        String stem = "```python\nimport numpy as np\nimport pandas as pd\ns = pd.Series([" + series + "])\n```\n\n"
                + "Missing values are imputed with the median of the observed values. What is `" + expression + "`?"
                + (question == 2 ? " Round to 2 decimal places." : "");
        List<String> sortedText = new ArrayList<>();
        for (double v : sorted) {
            sortedText.add(NumberText.of(v));
        }
        String medianStep = "The " + m + " observed values sorted: " + String.join(", ", sortedText) + ". "
                + (m % 2 == 1 ? "The middle one is " + NumberText.of(median)
                : "The two middle ones are " + NumberText.of(sorted[m / 2 - 1]) + " and " + NumberText.of(sorted[m / 2])
                        + ", whose average is " + NumberText.of(median))
                + " (pandas skips NaN when computing the median).";
        String rest = switch (question) {
            case 0 -> "\n\nAnswer: **" + NumberText.of(median) + "**.";
            case 1 -> "\n\nThe observed values sum to " + NumberText.of(knownSum) + "; the " + missingCount
                    + " filled value(s) add $" + missingCount + " \\cdot " + NumberText.of(median) + "$, giving **"
                    + NumberText.of(filledSum) + "**.";
            default -> "\n\nAfter filling, all " + n + " values are present: sum $" + NumberText.of(knownSum) + " + "
                    + missingCount + " \\cdot " + NumberText.of(median) + " = " + NumberText.of(filledSum)
                    + "$, mean $" + NumberText.of(filledSum) + " / " + n + " \\approx " + NumberText.of(answer)
                    + "$.\n\nAnswer: **" + NumberText.of(answer) + "**.";
        };
        List<String> hints = List.of(
                "Ignore the NaN entries when computing the median.",
                question == 0 ? "With an even count, average the two middle values."
                        : "Replace each NaN by the median, then work with all " + n + " values.");
        double difficulty = question == 0 ? -1.0 : question == 1 ? -0.4 : -0.2;
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER,
                question == 2 ? AnswerKeys.rounded(answer, 2) : AnswerKeys.exact(answer), medianStep + rest, hints,
                List.of(), ItemIrt.free(1.0, difficulty));
    }
}
