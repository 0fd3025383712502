package org.mlready.assessment.item.check;

import java.util.List;
import java.util.regex.Pattern;

import net.objecthunter.exp4j.Expression;

/**
 * Reads a learner's number. Accepted: decimals (0.25, .25, -3.5, 1.), scientific notation (2.5e-1, 1E3), fractions
 * and other arithmetic without variables (-3/4, sqrt(2)/2, 2^10, 2**10, pi, e, ln(2), log(2), 2pi), and a trailing
 * percent sign, which divides everything before it by 100 (25% is 0.25, 1/4% is 0.0025).
 *
 * <p>Commas are refused. "1,000" is a thousand to some learners and "1,5" is one and a half to others, so rather
 * than guess, a comma makes the answer unreadable and the message asks for 1000 or 0.5. Spaces between digits
 * ("1 000") are refused the same way. NaN, infinities and anything that does not evaluate to a finite number are
 * unreadable.
 */
public final class NumberReader {

    /** What a number answer should look like, for "Could not read your answer: expected ...". */
    public static final String EXPECTED = "a number such as 0.25, 1/4 or 25%";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberReader() {
    }

    public static Reading<Double> read(String text) {
        if (text == null) {
            return Reading.failure("the answer is empty");
        }
        String normalized = MathNotation.normalize(text);
        if (normalized.isEmpty()) {
            return Reading.failure("the answer is empty");
        }
        if (normalized.indexOf(',') >= 0) {
            return Reading.failure("commas are not allowed in a number (write 1000 for a thousand and 0.5 for a "
                    + "half)");
        }
        if (normalized.endsWith("%")) {
            String beforePercent = normalized.substring(0, normalized.length() - 1).strip();
            if (beforePercent.isEmpty()) {
                return Reading.failure("'%' needs a number before it");
            }
            return readWithoutPercent(beforePercent).map(value -> value / 100);
        }
        return readWithoutPercent(normalized);
    }

    private static Reading<Double> readWithoutPercent(String text) {
        if (DECIMAL.matcher(text).matches()) {
            return finite(Double.parseDouble(text));
        }
        Reading<Expression> compiled = ExpressionCompiler.compile(text, List.of());
        if (!compiled.isReadable()) {
            return Reading.failure(compiled.problem());
        }
        try {
            return finite(compiled.value().evaluate());
        } catch (ArithmeticException e) {
            return Reading.failure("it divides by zero");
        } catch (RuntimeException e) {
            return Reading.failure("it is not a well-formed expression");
        }
    }

    private static Reading<Double> finite(double value) {
        return Double.isFinite(value) ? Reading.of(value) : Reading.failure("it is not a finite number");
    }
}
