package org.mlready.assessment.item.research;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal rounding and plain formatting of the numbers shown in stems and solutions. */
final class Decimals {

    private Decimals() {
    }

    /** {@code value} rounded half-up to {@code places} decimals, computed on its decimal representation. */
    static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code value} with exactly {@code places} decimals. */
    static String fixed(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code value} without trailing zeros or exponent. */
    static String plain(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
