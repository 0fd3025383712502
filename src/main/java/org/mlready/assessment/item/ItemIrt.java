package org.mlready.assessment.item;

/** IRT parameters with the difficulty rounded to two decimals and clamped to the range used for the bank. */
public final class ItemIrt {

    private ItemIrt() {
    }

    public static IrtParameters free(double a, double b) {
        return new IrtParameters(a, clamp(b), 0);
    }

    public static IrtParameters choice(double a, double b, int options) {
        return new IrtParameters(a, clamp(b), 1.0 / options);
    }

    private static double clamp(double b) {
        return Math.max(-2.5, Math.min(2.5, Math.round(b * 100) / 100.0));
    }
}
