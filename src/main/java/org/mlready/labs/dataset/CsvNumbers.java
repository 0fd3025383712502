package org.mlready.labs.dataset;

import java.math.BigDecimal;

/** Writes numbers into generated CSV files without binary noise or trailing zeros: 127, 0.28, 1065.5. */
public final class CsvNumbers {

    private CsvNumbers() {
    }

    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code value} rounded half-up to {@code decimals} places, as a double that prints exactly so. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
