package org.mlready.assessment.item.check;

import org.mlready.assessment.item.ResponseType;

/** Short, learner-facing descriptions of the formats the checkers read, for showing next to the answer box. */
public final class AnswerFormatHints {

    private AnswerFormatHints() {
    }

    public static String forType(ResponseType type) {
        return switch (type) {
            case NUMBER -> "A number: 0.25, .25, -3/4, 2.5e-1 or 25%, or arithmetic such as sqrt(2)/2, 2^10, "
                    + "pi, e or ln(2). Use a point for decimals and no thousands separators (1000, not 1,000).";
            case VECTOR -> "Numbers separated by commas or spaces, with or without brackets: (1, 2, 3), [1 2 3] or "
                    + "1, 2, 3. Each number may be written as for a number answer, e.g. 1/2 or sqrt(2).";
            case MATRIX -> "Rows in brackets, [[1, 2], [3, 4]], or rows separated by semicolons or new lines: "
                    + "1 2; 3 4.";
            case SINGLE_CHOICE -> "Select one choice.";
            case MULTIPLE_CHOICE -> "Select every correct choice (if typing, list the ids separated by commas: "
                    + "A, C).";
            case SHAPE -> "A shape as NumPy prints it, (3, 4) or (3,), or 3x4, 3 by 4, [3, 4]; () is the shape of "
                    + "a scalar.";
            case EXPRESSION -> "An expression in the given variables: use * or write 2x for multiplication, ^ or ** "
                    + "for powers, and functions such as sqrt, exp, ln (= log), sin, cos; pi and e are constants.";
            case SQL -> "A single SQL query.";
        };
    }
}
