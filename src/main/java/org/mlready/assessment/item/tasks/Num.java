package org.mlready.assessment.item.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number text for stems and solutions: integers without ".0", others with at most four decimals. */
final class Num {

    private Num() {
    }

    static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The value rounded half away from zero to {@code decimals} places, as the stems ask. */
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** The value rounded and written with exactly {@code decimals} places, e.g. 0.50. */
    static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** An integer with thousands separators, e.g. 12,500. */
    static String grouped(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    /** " = " when rounding lost nothing, otherwise " \\approx ", for worked solutions in LaTeX. */
    static String eq(double exact, int decimals) {
        return Math.abs(exact - round(exact, decimals)) < 1e-12 ? " = " : " \\approx ";
    }
}
