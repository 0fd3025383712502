package org.mlready.assessment.item.ml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Renders numbers, vectors and shapes for stems and solutions. */
final class MathText {

    private MathText() {
    }

    /** Rounds half-up to the given number of decimal places. */
    static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** A number with at most four decimals and no trailing zeros; whole numbers print without a point. */
    static String num(double value) {
        double rounded = round(value, 4);
        if (rounded == 0) {
            return "0";
        }
        return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }

    /** A number wrapped in parentheses when negative, for use as a factor in a product. */
    static String factor(double value) {
        String text = num(value);
        return value < 0 && !text.equals("0") ? "(" + text + ")" : text;
    }

    static String vector(double... values) {
        return "(" + java.util.Arrays.stream(values).mapToObj(MathText::num).collect(Collectors.joining(", ")) + ")";
    }

    static String vector(int... values) {
        return "(" + IntStream.of(values).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + ")";
    }

    static String shape(List<Integer> dimensions) {
        return "(" + dimensions.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    static List<Double> doubles(double... values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    static List<Double> doubles(int... values) {
        return IntStream.of(values).asDoubleStream().boxed().toList();
    }
}
