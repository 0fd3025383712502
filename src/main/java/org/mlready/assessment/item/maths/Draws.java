package org.mlready.assessment.item.maths;

import java.util.List;
import java.util.Random;

/** Small, readable ways of drawing question parameters from a seeded {@link Random}. */
final class Draws {

    private Draws() {
    }

    /** Uniform integer in [low, high], both ends included. */
    static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** Uniform non-zero integer in [low, high]. */
    static int nonZero(Random random, int low, int high) {
        int value;
        do {
            value = between(random, low, high);
        } while (value == 0);
        return value;
    }

    static int[] ints(Random random, int count, int low, int high) {
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = between(random, low, high);
        }
        return values;
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static double pick(Random random, double... options) {
        return options[random.nextInt(options.length)];
    }

    static int pick(Random random, int... options) {
        return options[random.nextInt(options.length)];
    }

    static int sign(Random random) {
        return random.nextBoolean() ? 1 : -1;
    }
}
