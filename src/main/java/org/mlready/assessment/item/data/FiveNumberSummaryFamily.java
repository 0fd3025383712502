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

/** The five-number summary (min, Q1, median, Q3, max) behind a box plot, quartiles by NumPy's default method. */
public final class FiveNumberSummaryFamily extends GeneratedItemFamily {

    public FiveNumberSummaryFamily() {
        super("five-number-summary", "task-visual-summaries", 1000);
    }

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        int n = RandomDraw.between(random, 7, 12);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = RandomDraw.between(random, 1, 50);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] summary = {sorted[0], NumpyPercentile.of(values, 25), NumpyPercentile.of(values, 50),
                NumpyPercentile.of(values, 75), sorted[n - 1]};
        List<String> texts = new ArrayList<>();
        for (double v : values) {
            texts.add(NumberText.of(v));
        }
        List<String> sortedTexts = new ArrayList<>();
        for (double v : sorted) {
            sortedTexts.add(NumberText.of(v));
        }
        String stem = "You are about to draw a box plot of these " + n + " response times (ms):\n\n$$"
                + String.join(",\\ ", texts) + "$$\n\nGive the five-number summary (minimum, $Q_1$, median, $Q_3$, "
                + "maximum). " + NumpyPercentile.METHOD;
        String solution = "Sorted: $" + String.join(",\\ ", sortedTexts) + "$.\n\n"
                + "- minimum $= " + NumberText.of(summary[0]) + "$\n"
                + "- $Q_1$: " + NumpyPercentile.steps(values, 25, "Q_1") + "\n"
                + "- median: " + NumpyPercentile.steps(values, 50, "Q_2") + "\n"
                + "- $Q_3$: " + NumpyPercentile.steps(values, 75, "Q_3") + "\n"
                + "- maximum $= " + NumberText.of(summary[4]) + "$\n\nAnswer: **" + NumberText.list(summary) + "**.";
        List<String> hints = List.of("Sort the values; minimum and maximum are the ends.",
                "For the p-th percentile use position $h = (n - 1)\\,p/100$ counted from 0 and interpolate.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.VECTOR, AnswerKeys.exactVector(summary),
                solution, hints, List.of(), ItemIrt.free(1.1, 0.4));
    }
}
