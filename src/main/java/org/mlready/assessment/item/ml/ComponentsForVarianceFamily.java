package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** The smallest number of principal components whose cumulative explained variance reaches a threshold. */
public final class ComponentsForVarianceFamily extends GeneratedItemFamily {

    public ComponentsForVarianceFamily() {
        super("components-for-variance", "pca-tsne", 5_000);
    }

    /**
     * {@code percents} are the explained variance percentages (sum 100, decreasing); the stem shows them, or the
     * eigenvalues {@code percents * scale}, when {@code scale} is not 1.
     */
    record Problem(int[] percents, double scale, int threshold) {
    }

    private static final int[] THRESHOLDS = {70, 80, 90, 95};
    private static final double[] SCALES = {1, 1, 0.1, 0.5, 2, 3};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        double scale = Draws.pick(random, SCALES);
        int threshold = Draws.pick(random, THRESHOLDS);
        while (true) {
            int p = Draws.between(random, 5, 8);
            int[] percents = decreasingPercents(random, p);
            int cumulative = 0;
            boolean ok = true;
            int answer = 0;
            for (int i = 0; i < p; i++) {
                cumulative += percents[i];
                ok &= cumulative != threshold;
                if (answer == 0 && cumulative > threshold) {
                    answer = i + 1;
                }
            }
            if (ok && answer >= 2 && answer < p) {
                return new Problem(percents, scale, threshold);
            }
        }
    }

    /** 100 split into p positive parts, sorted decreasing; the geometric-ish draw makes leading parts dominate. */
    private static int[] decreasingPercents(Random random, int p) {
        int[] parts = new int[p];
        int remaining = 100;
        for (int i = 0; i < p - 1; i++) {
            int left = p - 1 - i;
            int most = remaining - left;
            int share = Math.max(1, Math.min(most, remaining * Draws.between(random, 25, 55) / 100));
            parts[i] = share;
            remaining -= share;
        }
        parts[p - 1] = remaining;
        Arrays.sort(parts);
        for (int i = 0; i < p / 2; i++) {
            int t = parts[i];
            parts[i] = parts[p - 1 - i];
            parts[p - 1 - i] = t;
        }
        return parts;
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        boolean raw = p.scale() != 1;
        List<String> shown = new ArrayList<>();
        for (int percent : p.percents()) {
            shown.add(raw ? MathText.num(percent * p.scale()) : percent + "\\%");
        }
        String stem = (raw
                ? "The covariance matrix of a data set has eigenvalues (sorted, largest first)\n\n$$" + String.join(",\\ ", shown) + "$$"
                : "PCA reports these explained variance percentages per component (largest first):\n\n$$"
                + String.join(",\\ ", shown) + "$$")
                + "\n\nWhat is the smallest number of principal components that keeps at least " + p.threshold()
                + "% of the variance?";

        StringBuilder solution = new StringBuilder();
        if (raw) {
            double total = Arrays.stream(p.percents()).sum() * p.scale();
            solution.append("The total variance is the sum of the eigenvalues, ").append(MathText.num(total))
                    .append(". Dividing each eigenvalue by it gives the percentages ")
                    .append(String.join(", ", Arrays.stream(p.percents()).mapToObj(v -> v + "%").toList()))
                    .append(".\n\n");
        }
        solution.append("Cumulative explained variance: ");
        int cumulative = 0;
        int answer = 0;
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < p.percents().length && answer == 0; i++) {
            cumulative += p.percents()[i];
            steps.add(cumulative + "%");
            if (cumulative > p.threshold()) {
                answer = i + 1;
            }
        }
        solution.append(String.join(", ", steps)).append(". The first total at or above ").append(p.threshold())
                .append("% comes after ").append(answer).append(" components, so keep ").append(answer).append(".");
        List<String> hints = new ArrayList<>();
        if (raw) {
            hints.add("Turn eigenvalues into fractions of the total variance by dividing by their sum.");
        }
        hints.add("Add the explained variance of the components one by one, largest first.");
        hints.add("Stop at the first running total that reaches the threshold.");
        return Instances.number(this, seed, stem, answer, 1e-9, solution.toString(), hints, 1.0, raw ? -0.6 : -1.3);
    }
}
