package org.mlready.assessment.item.ml;

import java.util.ArrayList;
import java.util.List;

/** Shared arithmetic and rendering for perceptron items. */
final class Perceptrons {

    private Perceptrons() {
    }

    static double preActivation(double[] w, double b, double[] x) {
        double z = b;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** "w_1 x_1 + ... + b" with the numbers substituted. */
    static String expansion(double[] w, double b, double[] x) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            terms.add(MathText.factor(w[i]) + "\\cdot " + MathText.factor(x[i]));
        }
        terms.add(MathText.factor(b));
        return String.join(" + ", terms);
    }
}
