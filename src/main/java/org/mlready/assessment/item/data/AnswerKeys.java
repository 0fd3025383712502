package org.mlready.assessment.item.data;

import java.util.ArrayList;
import java.util.List;

import org.mlready.assessment.item.AnswerKey;

/** Answer keys with the tolerances used throughout this package. */
final class AnswerKeys {

    private AnswerKeys() {
    }

    /** A count or other exact integer answer. */
    static AnswerKey.Numeric exact(double value) {
        return new AnswerKey.Numeric(value, 1e-9, 0);
    }

    /** An answer the stem asks for rounded to {@code decimals} places; half a unit of the last place is accepted. */
    static AnswerKey.Numeric rounded(double value, int decimals) {
        return new AnswerKey.Numeric(value, 0.5 * Math.pow(10, -decimals) + 1e-9, 0);
    }

    static AnswerKey.Vector exactVector(double... values) {
        return new AnswerKey.Vector(boxed(values), 1e-9, 0);
    }

    static AnswerKey.Vector roundedVector(int decimals, double... values) {
        return new AnswerKey.Vector(boxed(values), 0.5 * Math.pow(10, -decimals) + 1e-9, 0);
    }

    static AnswerKey.Shape shape(List<Integer> dims) {
        return new AnswerKey.Shape(List.copyOf(dims));
    }

    static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
