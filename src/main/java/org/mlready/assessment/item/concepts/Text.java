package org.mlready.assessment.item.concepts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Number and table text for stems and solutions. */
final class Text {

    private Text() {
    }

    /** Integers without ".0", other values with at most four decimals. */
    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Up to eight decimals, for exact intermediate results in worked solutions. */
    static String precise(double value) {
        return BigDecimal.valueOf(value).setScale(8, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * Rounds half away from zero, as the stems ask learners to do. Floating-point noise is dropped first, so a
     * value computed as 0.01249999... from data whose exact result is 0.0125 rounds up like the exact one.
     */
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** The value rounded to {@code decimals} places, as text. */
    static String fixed(double value, int decimals) {
        return num(round(value, decimals));
    }

    /** A GitHub Markdown table from a header row and body rows of cell text. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(line(header)).append('|');
        for (int i = 0; i < header.size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append(line(row));
        }
        return out.toString();
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
