package org.mlready.assessment.cat;

/**
 * Equally spaced points {@code lo .. hi} on the ability scale. A density evaluated at the points and normalised is a
 * discrete posterior; each point stands for the cell of width h centred on it, which is how probabilities of
 * {@code θ ≥ cut} are read off when the cut falls inside a cell.
 */
public final class QuadratureGrid {

    private final double[] points;
    private final double step;

    public QuadratureGrid(double lo, double hi, int size) {
        if (size < 3 || !(hi > lo)) {
            throw new IllegalArgumentException("need at least 3 points on a non-empty interval");
        }
        points = new double[size];
        step = (hi - lo) / (size - 1);
        for (int k = 0; k < size; k++) {
            points[k] = lo + k * step;
        }
    }

    public static QuadratureGrid standard() {
        return new QuadratureGrid(-4, 4, 61);
    }

    public int size() {
        return points.length;
    }

    public double point(int k) {
        return points[k];
    }

    public double step() {
        return step;
    }

    /** Share of each point's cell at or above the cut: 1, 0, or the covered fraction. */
    public double[] aboveCutFractions(double cut) {
        double[] f = new double[points.length];
        for (int k = 0; k < points.length; k++) {
            double lo = points[k] - step / 2;
            double hi = points[k] + step / 2;
            if (k == 0) {
                lo = Double.NEGATIVE_INFINITY;
            }
            if (k == points.length - 1) {
                hi = Double.POSITIVE_INFINITY;
            }
            f[k] = cut <= lo ? 1 : cut >= hi ? 0 : (hi - cut) / step;
        }
        return f;
    }
}
