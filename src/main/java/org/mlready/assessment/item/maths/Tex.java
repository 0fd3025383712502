package org.mlready.assessment.item.maths;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.StringJoiner;

/** Renders numbers, vectors and matrices as LaTeX for KaTeX. */
final class Tex {

    private Tex() {
    }

    /** A number with at most four decimals and no trailing zeros: 3, -0.5, 0.1234. */
    static String num(double value) {
        return num(value, 4);
    }

    static String num(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /** A column vector as a bracketed row, e.g. (1, -2, 3). */
    static String vec(double... values) {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (double value : values) {
            joiner.add(num(value));
        }
        return joiner.toString();
    }

    static String vec(int... values) {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (int value : values) {
            joiner.add(Integer.toString(value));
        }
        return joiner.toString();
    }

    static String matrix(int[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = new double[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                copy[i][j] = rows[i][j];
            }
        }
        return matrix(copy);
    }

    static String matrix(double[][] rows) {
        StringJoiner body = new StringJoiner(" \\\\ ", "\\begin{pmatrix} ", " \\end{pmatrix}");
        for (double[] row : rows) {
            StringJoiner cells = new StringJoiner(" & ");
            for (double cell : row) {
                cells.add(num(cell));
            }
            body.add(cells.toString());
        }
        return body.toString();
    }

    /** A number written after another term: "+ 3", "- 3". */
    static String signed(double value) {
        return value < 0 ? "- " + num(-value) : "+ " + num(value);
    }

    /** A number in parentheses when negative, for use inside a product: 3, (-3). */
    static String factor(double value) {
        return value < 0 ? "(" + num(value) + ")" : num(value);
    }
}
