package org.mlready.assessment.item.concepts;

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

    /** {@code count} distinct elements of {@code pool} in random order. */
    static <T> List<T> sample(Random random, List<T> pool, int count) {
        List<T> copy = new ArrayList<>(pool);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return new ArrayList<>(copy.subList(0, count));
    }
}
