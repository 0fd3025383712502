package org.mlready.assessment.item;

/**
 * Initial item response theory parameters: discrimination {@code a}, difficulty {@code b} (on the ability scale,
 * 0 = average learner) and guessing {@code c} (0 except for choice items, typically 1/number of options).
 */
public record IrtParameters(double a, double b, double c) {

    public IrtParameters {
        if (!(a > 0) || Double.isNaN(b) || c < 0 || c >= 1) {
            throw new IllegalArgumentException("invalid IRT parameters a=" + a + " b=" + b + " c=" + c);
        }
    }

    public static IrtParameters of(double a, double b) {
        return new IrtParameters(a, b, 0);
    }
}
