package org.mlready.assessment.item.data;

import java.util.Arrays;

/**
 * Percentiles with numpy's default method ("linear"): the q-th percentile sits at position h = (n - 1) q / 100 of
 * the sorted values, interpolating linearly between the neighbours of h.
 */
final class NumpyPercentile {

    private NumpyPercentile() {
    }

    static double of(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = (sorted.length - 1) * percent / 100.0;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    /** The worked-out position step as shown in solutions, e.g. {@code h = (10 - 1) \cdot 0.25 = 2.25}. */
    static String positionText(int n, double percent) {
        return "h = (" + n + " - 1) \\cdot " + NumberText.of(percent / 100.0) + " = "
                + NumberText.of((n - 1) * percent / 100.0);
    }
}
