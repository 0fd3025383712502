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

    /**
     * The worked computation for a solution, with 0-based positions in the sorted data, e.g.
     * {@code h = (10 - 1) \cdot 0.25 = 2.25}, so {@code x_2 + 0.25 (x_3 - x_2) = 12 + 0.25 (15 - 12) = 12.75}.
     */
    static String steps(double[] values, double percent, String name) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double position = (n - 1) * percent / 100.0;
        int below = (int) Math.floor(position);
        double fraction = position - below;
        String result = NumberText.of(of(values, percent));
        String h = "$h = (" + n + " - 1) \\cdot " + NumberText.of(percent / 100.0) + " = " + NumberText.of(position)
                + "$";
        if (fraction == 0) {
            return h + ", a whole position, so $" + name + " = x_{" + below + "} = " + result + "$";
        }
        return h + ", so $" + name + " = x_{" + below + "} + " + NumberText.of(fraction) + "\\,(x_{" + (below + 1)
                + "} - x_{" + below + "}) = " + NumberText.of(sorted[below]) + " + " + NumberText.of(fraction)
                + "\\,(" + NumberText.of(sorted[below + 1]) + " - " + NumberText.of(sorted[below]) + ") = " + result
                + "$";
    }

    /** How the stems state the method, so learners know exactly which quartile definition applies. */
    static final String METHOD = "Use NumPy's default percentile method (`np.percentile(x, q)`, method \"linear\"): "
            + "sort the $n$ values as $x_0 \\le \\dots \\le x_{n-1}$, take position $h = (n-1)\\,q/100$ and "
            + "interpolate linearly between $x_{\\lfloor h \\rfloor}$ and $x_{\\lfloor h \\rfloor + 1}$.";
}
