package org.mlready.assessment.item.ml;

import java.util.List;
import java.util.Random;

/** Seeded draws built only on {@link Random#nextInt(int)}, whose algorithm is fixed by its specification. */
final class Draws {

    private Draws() {
    }

    /** A uniform integer in [low, high], both ends included. */
    static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    static int nonZeroBetween(Random random, int low, int high) {
        int value;
        do {
            value = between(random, low, high);
        } while (value == 0);
        return value;
    }

    static int pick(Random random, int... values) {
        return values[random.nextInt(values.length)];
    }

    static double pick(Random random, double... values) {
        return values[random.nextInt(values.length)];
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** True with probability numerator / denominator. */
    static boolean chance(Random random, int numerator, int denominator) {
        return random.nextInt(denominator) < numerator;
    }
}
