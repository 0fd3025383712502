package org.mlready.assessment.item.mlops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Number formatting and Markdown tables for stems and solutions. */
final class Text {

    private Text() {
    }

    /** {@code value} rounded half-up to {@code decimals} places, written without a thousands separator. */
    static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code value} rounded half-up to {@code decimals} places. */
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** The shortest plain decimal text of {@code value}, e.g. 2.5 or 12. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(row(header)).append('|');
        for (int i = 0; i < header.size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<String> cells : rows) {
            out.append(row(cells));
        }
        return out.toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
