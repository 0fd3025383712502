package org.mlready.assessment.item.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small conveniences on top of a seeded {@link Random}. */
final class Draw {

    private Draw() {
    }

    /** A uniformly drawn integer in [low, high], both inclusive. */
    static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A Fisher-Yates shuffled copy, driven by the given random source. */
    static <T> List<T> shuffled(Random random, List<T> values) {
        List<T> out = new ArrayList<>(values);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = out.get(i);
            out.set(i, out.get(j));
            out.set(j, swap);
        }
        return out;
    }
}
