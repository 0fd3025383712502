package org.mlready.assessment.item.check;

/**
 * The acceptance rule of the numeric answer keys: a value x matches the expected value v when
 * |x - v| <= absolute or |x - v| <= relative * |v|. With both at zero only an exact match is accepted.
 */
public record Tolerance(double absolute, double relative) {

    public Tolerance {
        if (!(absolute >= 0) || !(relative >= 0) || Double.isInfinite(absolute) || Double.isInfinite(relative)) {
            throw new IllegalArgumentException("tolerances must be finite and >= 0: " + absolute + ", " + relative);
        }
    }

    public boolean accepts(double expected, double actual) {
        if (!Double.isFinite(actual)) {
            return false;
        }
        double error = Math.abs(actual - expected);
        return error <= absolute || error <= relative * Math.abs(expected);
    }
}
