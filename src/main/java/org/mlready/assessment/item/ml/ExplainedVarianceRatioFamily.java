package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/**
 * Explained variance ratio of one principal component, or of the first few together, from the covariance
 * eigenvalues or from the singular values of the centred data matrix (variance grows with the square).
 */
public final class ExplainedVarianceRatioFamily extends GeneratedItemFamily {

    public ExplainedVarianceRatioFamily() {
        super("explained-variance-ratio", "pca-tsne", 2_000);
    }

    /** {@code values} in decreasing order; {@code component} is 1-based; {@code cumulative} asks for the first k. */
    record Problem(int[] values, boolean singular, int component, boolean cumulative) {
    }

    private static final int[] EIGENVALUE_TOTALS = {10, 20, 25, 40, 50, 100};

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean singular = Draws.chance(random, 1, 3);
        int p = Draws.between(random, 3, 5);
        int[] values = singular ? distinctDescending(random, p, 1, 9)
                : composition(random, Draws.pick(random, EIGENVALUE_TOTALS), p);
        boolean cumulative = Draws.chance(random, 1, 2);
        int component = cumulative ? Draws.between(random, 2, p - 1) : Draws.between(random, 1, p);
        return new Problem(values, singular, component, cumulative);
    }

    private static int[] distinctDescending(Random random, int p, int low, int high) {
        int[] values;
        do {
            values = new int[p];
            for (int i = 0; i < p; i++) {
                values[i] = Draws.between(random, low, high);
            }
        } while (Arrays.stream(values).distinct().count() < p);
        return descending(values);
    }

    /** A total split into p positive parts by p - 1 distinct cut points, sorted decreasing. */
    private static int[] composition(Random random, int total, int p) {
        int[] cuts = distinctDescending(random, p - 1, 1, total - 1);
        int[] ascendingCuts = new int[p + 1];
        ascendingCuts[0] = 0;
        for (int i = 0; i < p - 1; i++) {
            ascendingCuts[i + 1] = cuts[p - 2 - i];
        }
        ascendingCuts[p] = total;
        int[] parts = new int[p];
        for (int i = 0; i < p; i++) {
            parts[i] = ascendingCuts[i + 1] - ascendingCuts[i];
        }
        return descending(parts);
    }

    private static int[] descending(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length / 2; i++) {
            int t = sorted[i];
            sorted[i] = sorted[sorted.length - 1 - i];
            sorted[sorted.length - 1 - i] = t;
        }
        return sorted;
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem p = problem(seed);
        int[] variances = Arrays.stream(p.values()).map(v -> p.singular() ? v * v : v).toArray();
        int total = Arrays.stream(variances).sum();
        int numerator = 0;
        List<String> numeratorTerms = new ArrayList<>();
        int first = p.cumulative() ? 1 : p.component();
        for (int i = first; i <= p.component(); i++) {
            numerator += variances[i - 1];
            numeratorTerms.add(p.singular() ? p.values()[i - 1] + "^2" : Integer.toString(p.values()[i - 1]));
        }
        double ratio = numerator / (double) total;

        String source = p.singular()
                ? "The singular values of a centred data matrix are $" + join(p.values(), "\\sigma") + "$."
                : "PCA on a data set gives covariance eigenvalues $" + join(p.values(), "\\lambda") + "$.";
        String question = p.cumulative()
                ? "What fraction of the total variance do the first " + p.component() + " principal components explain together?"
                : "What is the explained variance ratio of principal component " + p.component() + "?";
        String stem = source + " " + question + " Give a decimal" + (p.singular() ? " rounded to 4 places." : ".");

        List<String> allTerms = new ArrayList<>();
        for (int v : p.values()) {
            allTerms.add(p.singular() ? v + "^2" : Integer.toString(v));
        }
        String solution = (p.singular()
                ? "Component variances are proportional to the squared singular values, so square them first. "
                : "Each eigenvalue is the variance along its component. ")
                + "Divide by the total variance:\n\n$$\\frac{" + String.join(" + ", numeratorTerms) + "}{"
                + String.join(" + ", allTerms) + "} = \\frac{" + numerator + "}{" + total + "} \\approx "
                + MathText.num(ratio) + "$$";
        List<String> hints = new ArrayList<>();
        hints.add("The explained variance ratio is a component's variance divided by the total variance.");
        if (p.singular()) {
            hints.add("Variance along component $i$ is proportional to $\\sigma_i^2$, not $\\sigma_i$.");
        }
        if (p.cumulative()) {
            hints.add("For several components, add their variances before dividing.");
        }
        double b = (p.singular() ? 0.2 : -1.2) + (p.cumulative() ? 0.2 : 0);
        return Instances.number(this, seed, stem, ratio, p.singular() ? 6e-4 : 1e-4, solution, hints, 1.0, b);
    }

    private static String join(int[] values, String symbol) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            parts.add(symbol + "_" + (i + 1) + " = " + values[i]);
        }
        return String.join(",\\ ", parts);
    }
}
