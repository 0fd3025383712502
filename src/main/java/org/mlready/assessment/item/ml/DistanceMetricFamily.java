package org.mlready.assessment.item.ml;

import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;

/** Euclidean or Manhattan distance between two integer points in 2 to 4 dimensions. */
public final class DistanceMetricFamily extends GeneratedItemFamily {

    public DistanceMetricFamily() {
        super("euclidean-vs-manhattan-distance", "clustering-dim-reduction", 10_000);
    }

    record Problem(int[] p, int[] q, boolean manhattan) {
    }

    Problem problem(long seed) {
        Random random = SeededRandom.of(seed);
        boolean manhattan = Draws.chance(random, 1, 2);
        int dims = Draws.between(random, 2, 4);
        int[] p = new int[dims];
        int[] q = new int[dims];
        do {
            for (int i = 0; i < dims; i++) {
                p[i] = Draws.between(random, -5, 6);
                q[i] = Draws.between(random, -5, 6);
            }
        } while (java.util.Arrays.equals(p, q));
        return new Problem(p, q, manhattan);
    }

    @Override
    public ItemInstance generate(long seed) {
        Problem pr = problem(seed);
        int[] p = pr.p();
        int[] q = pr.q();
        String name = pr.manhattan() ? "Manhattan ($L_1$)" : "Euclidean ($L_2$)";
        String stem = "Compute the " + name + " distance between $p = " + MathText.vector(p) + "$ and $q = "
                + MathText.vector(q) + "$." + (pr.manhattan() ? "" : " Round to 3 decimal places.");
        List<String> terms = new ArrayList<>();
        int sumAbs = 0;
        int sumSquares = 0;
        for (int i = 0; i < p.length; i++) {
            int diff = p[i] - q[i];
            sumAbs += Math.abs(diff);
            sumSquares += diff * diff;
            terms.add(pr.manhattan() ? "|" + MathText.factor(diff) + "|" : MathText.factor(diff) + "^2");
        }
        String solution;
        double value;
        if (pr.manhattan()) {
            value = sumAbs;
            solution = "Coordinate differences $p - q = " + MathText.vector(diff(p, q)) + "$. Manhattan distance sums "
                    + "their absolute values:\n\n$$d_1(p, q) = " + String.join(" + ", terms) + " = " + sumAbs + "$$";
        } else {
            value = Math.sqrt(sumSquares);
            solution = "Coordinate differences $p - q = " + MathText.vector(diff(p, q)) + "$. Euclidean distance is "
                    + "the square root of the sum of their squares:\n\n$$d_2(p, q) = \\sqrt{" + String.join(" + ", terms)
                    + "} = \\sqrt{" + sumSquares + "} \\approx " + MathText.num(MathText.round(value, 3)) + "$$";
        }
        List<String> hints = List.of(
                "Start from the coordinate-wise differences $p_i - q_i$.",
                pr.manhattan() ? "Manhattan distance: $\\sum_i |p_i - q_i|$ (city-block moves, no diagonals)."
                        : "Euclidean distance: $\\sqrt{\\sum_i (p_i - q_i)^2}$ (straight-line length).");
        return Instances.number(this, seed, stem, value, pr.manhattan() ? 1e-9 : 1.5e-3, solution, hints,
                0.9, pr.manhattan() ? -2.0 : -1.6);
    }

    private static int[] diff(int[] p, int[] q) {
        int[] d = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            d[i] = p[i] - q[i];
        }
        return d;
    }
}
