package org.mlready.assessment.item.maths;

import java.util.Arrays;
import java.util.Random;
import java.util.StringJoiner;

/** A small list of integers shown to the learner. */
final class SmallDataSet {

    private SmallDataSet() {
    }

    static int[] draw(Random random, int size, int low, int high) {
        return Draws.ints(random, size, low, high);
    }

    static String latex(int[] values) {
        StringJoiner joiner = new StringJoiner(",\\ ");
        Arrays.stream(values).forEach(v -> joiner.add(Integer.toString(v)));
        return joiner.toString();
    }

    static double mean(int[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    static double sumOfSquaredDeviations(int[] values) {
        double mean = mean(values);
        return Arrays.stream(values).mapToDouble(v -> (v - mean) * (v - mean)).sum();
    }
}
