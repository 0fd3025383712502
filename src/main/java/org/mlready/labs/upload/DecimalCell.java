package org.mlready.labs.upload;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.mlready.labs.UploadProblem;

/**
 * Reads a decimal number from a CSV field. Stricter than {@link Double#parseDouble}, which also accepts
 * {@code NaN}, {@code Infinity}, hexadecimal and a trailing {@code d} or {@code f}.
 */
public final class DecimalCell {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private DecimalCell() {
    }

    /** The number in {@code raw}, or NaN after adding a precise problem to {@code problems}. */
    static double read(String raw, int line, String column, ProblemList problems) {
        String text = raw.strip();
        String problem = problemWith(text);
        if (problem == null) {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
            problem = "'" + text + "' is too large";
        }
        problems.add(UploadProblem.ofCell(line, column, problem));
        return Double.NaN;
    }

    /** The number in {@code raw}, empty when it is not a finite decimal number. */
    public static OptionalDouble parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (problemWith(text) != null) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private static String problemWith(String text) {
        if (text.isEmpty()) {
            return "the value is missing";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("nan") || lower.equals("-nan") || lower.equals("na") || lower.equals("null")) {
            return "'" + text + "' (not a number) is not allowed; every row needs a value";
        }
        if (lower.matches("[+-]?inf(inity)?")) {
            return "infinite values are not allowed";
        }
        if (text.indexOf(',') >= 0 && DECIMAL.matcher(text.replace(',', '.')).matches()) {
            return "'" + text + "' uses a decimal comma; write it with a decimal point";
        }
        return DECIMAL.matcher(text).matches() ? null : "'" + text + "' is not a number";
    }
}
