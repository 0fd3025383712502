package org.mlready.assessment.item.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** Plain text for numbers in stems and solutions: integers without ".0", others with at most four decimals. */
final class NumberText {

    private NumberText() {
    }

    static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString();
    }

    /** Rounds half away from zero to the given number of decimals, as the stems ask learners to do. */
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** " = " when rounding lost nothing, otherwise " \\approx ", for worked solutions in LaTeX. */
    static String equalsOrApprox(double exact, double rounded) {
        return exact == rounded ? " = " : " \\approx ";
    }

    /** A Python-style list literal such as {@code [1, 2.5, 3]}. */
    static String list(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(of(values[i]));
        }
        return out.append(']').toString();
    }

    static String list(int[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return out.append(']').toString();
    }

    /** A tuple such as {@code (3, 4)} or {@code (5,)} in Python notation. */
    static String shape(List<Integer> dims) {
        if (dims.size() == 1) {
            return "(" + dims.get(0) + ",)";
        }
        return dims.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A NumPy constructor for a small integer matrix, one row per line. */
    static String arrayLiteral(String name, int[][] rows) {
        StringBuilder out = new StringBuilder(name).append(" = np.array([");
        String indent = " ".repeat(name.length() + 13);
        for (int i = 0; i < rows.length; i++) {
            out.append(i == 0 ? "" : ",\n" + indent).append(list(rows[i]));
        }
        return out.append("])").toString();
    }
}
