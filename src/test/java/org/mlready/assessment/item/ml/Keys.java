package org.mlready.assessment.item.ml;

import java.util.List;

import org.mlready.assessment.item.AnswerKey;
import org.mlready.assessment.item.ItemInstance;

/** Reads answer keys in tests. */
final class Keys {

    private Keys() {
    }

    static double number(ItemInstance instance) {
        return ((AnswerKey.Numeric) instance.key()).value();
    }

    static List<Double> vector(ItemInstance instance) {
        return ((AnswerKey.Vector) instance.key()).values();
    }

    static List<Integer> shape(ItemInstance instance) {
        return ((AnswerKey.Shape) instance.key()).dimensions();
    }

    static double[] vectorArray(ItemInstance instance) {
        return vector(instance).stream().mapToDouble(Double::doubleValue).toArray();
    }
}
