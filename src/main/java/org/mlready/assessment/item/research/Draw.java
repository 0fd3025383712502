package org.mlready.assessment.item.research;

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

    /** {@code count} distinct elements of {@code options} in random order. */
    static <T> List<T> sample(Random random, List<T> options, int count) {
        List<T> pool = new ArrayList<>(options);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }
}
