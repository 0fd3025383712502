package org.mlready.assessment.item;

import java.util.ArrayList;
import java.util.List;

/** Answer keys with the tolerances used throughout this package. */
public final class AnswerKeys {

    private AnswerKeys() {
    }

    /** A count or other exact integer answer. */
    public static AnswerKey.Numeric exact(double value) {
        return new AnswerKey.Numeric(value, 1e-9, 0);
    }

    /** An answer the stem asks for rounded to {@code decimals} places; half a unit of the last place is accepted. */
    public static AnswerKey.Numeric rounded(double value, int decimals) {
        return new AnswerKey.Numeric(value, 0.5 * Math.pow(10, -decimals) + 1e-9, 0);
    }

    public static AnswerKey.Vector exactVector(double... values) {
        return new AnswerKey.Vector(boxed(values), 1e-9, 0);
    }

    public static AnswerKey.Vector roundedVector(int decimals, double... values) {
        return new AnswerKey.Vector(boxed(values), 0.5 * Math.pow(10, -decimals) + 1e-9, 0);
    }

    public static AnswerKey.Shape shape(List<Integer> dims) {
        return new AnswerKey.Shape(List.copyOf(dims));
    }

    public static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
