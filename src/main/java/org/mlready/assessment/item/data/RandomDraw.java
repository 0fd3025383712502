package org.mlready.assessment.item.data;

import java.util.List;
import java.util.Random;

/** Small conveniences on top of a seeded {@link Random}. */
final class RandomDraw {

    private RandomDraw() {
    }

    /** A uniformly drawn integer in [low, high], both inclusive. */
    static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static int pick(Random random, int... options) {
        return options[random.nextInt(options.length)];
    }

    /** Fisher-Yates shuffle driven by the given random source (stable across JVMs, unlike relying on defaults). */
    static void shuffle(Random random, int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
