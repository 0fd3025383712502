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

/** The number of values outside the 1.5 IQR fences, quartiles by NumPy's default (linear) method. */
public final class IqrOutlierFamily extends GeneratedItemFamily {

    public IqrOutlierFamily() {
        super("cleaning-iqr-outliers", "data-cleaning", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 8, 12);
        int centre = RandomDraw.between(random, 20, 60);
        int spread = RandomDraw.between(random, 4, 10);
        int extremes = random.nextInt(3);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = centre + RandomDraw.between(random, -spread, spread);
        }
        for (int i = 0; i < extremes; i++) {
            int jump = RandomDraw.between(random, 2 * spread, 5 * spread);
            values[random.nextInt(n)] = random.nextInt(3) == 0 ? centre - jump : centre + jump;
        }
        double q1 = NumpyPercentile.of(values, 25);
        double q3 = NumpyPercentile.of(values, 75);
        double iqr = q3 - q1;
        double low = q1 - 1.5 * iqr;
        double high = q3 + 1.5 * iqr;
        List<String> outliers = new ArrayList<>();
        for (double v : values) {
            if (v < low || v > high) {
                outliers.add(NumberText.of(v));
            }
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        String stem = "A column holds these " + n + " values:\n\n$$" + String.join(",\\ ", texts(values)) + "$$\n\n"
                + "Call a value an outlier when it is strictly below $Q_1 - 1.5\\,\\mathrm{IQR}$ or strictly above "
                + "$Q_3 + 1.5\\,\\mathrm{IQR}$, where $\\mathrm{IQR} = Q_3 - Q_1$. " + NumpyPercentile.METHOD
                + "\n\nHow many outliers are there?";
        String solution = "Sorted: $" + String.join(",\\ ", texts(sorted)) + "$.\n\n"
                + "- $Q_1$: " + NumpyPercentile.steps(values, 25, "Q_1") + "\n"
                + "- $Q_3$: " + NumpyPercentile.steps(values, 75, "Q_3") + "\n"
                + "- $\\mathrm{IQR} = " + NumberText.of(q3) + " - " + NumberText.of(q1) + " = " + NumberText.of(iqr)
                + "$\n"
                + "- Fences: $" + NumberText.of(q1) + " - 1.5 \\cdot " + NumberText.of(iqr) + " = " + NumberText.of(low)
                + "$ and $" + NumberText.of(q3) + " + 1.5 \\cdot " + NumberText.of(iqr) + " = "
                + NumberText.of(high) + "$\n\n"
                + (outliers.isEmpty() ? "No value lies outside the fences, so the answer is **0**."
                : "Outside the fences: " + String.join(", ", outliers) + ", so the answer is **" + outliers.size()
                        + "**.");
        List<String> hints = List.of(
                "Sort the values first and find $Q_1$ and $Q_3$ with the stated method.",
                "The fences are $Q_1 - 1.5\\,\\mathrm{IQR}$ and $Q_3 + 1.5\\,\\mathrm{IQR}$; count values "
                        + "beyond them.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.NUMBER, AnswerKeys.exact(outliers.size()),
                solution, hints, List.of(), ItemIrt.free(1.3, 0.3));
    }

    private static List<String> texts(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(NumberText.of(v));
        }
        return out;
    }
}
