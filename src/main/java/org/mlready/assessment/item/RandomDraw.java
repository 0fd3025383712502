package org.mlready.assessment.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small conveniences on top of a seeded {@link Random}, shared by the item families. Every method consumes the
 * random source in a fixed order, so changing a body here changes the questions of every family using it.
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    /** A uniformly drawn integer in [low, high], both inclusive. */
    public static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    public static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public static int pick(Random random, int... options) {
        return options[random.nextInt(options.length)];
    }

    public static double pick(Random random, double... options) {
        return options[random.nextInt(options.length)];
    }

    /**
     * {@code count} distinct elements of {@code options} in random order, drawn one at a time: one
     * {@code nextInt} per element taken.
     */
    public static <T> List<T> sample(Random random, List<T> options, int count) {
        List<T> pool = new ArrayList<>(options);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }

    /**
     * {@code count} distinct elements of {@code options} in random order, taken from the front of a
     * {@link #shuffled} copy. Same meaning as {@link #sample} but a different use of the random source, so the two
     * give different elements for the same seed.
     */
    public static <T> List<T> shuffledPrefix(Random random, List<T> options, int count) {
        return new ArrayList<>(shuffled(random, options).subList(0, count));
    }

    /** A Fisher-Yates shuffled copy, driven by the given random source. */
    public static <T> List<T> shuffled(Random random, List<T> values) {
        List<T> out = new ArrayList<>(values);
        shuffle(random, out);
        return out;
    }

    /**
     * Fisher-Yates shuffle in place, driven by the given random source (stable across JVMs, unlike relying on
     * defaults).
     */
    public static <T> void shuffle(Random random, List<T> values) {
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = values.get(i);
            values.set(i, values.get(j));
            values.set(j, swap);
        }
    }

    /** Fisher-Yates shuffle in place, driven by the given random source. */
    public static void shuffle(Random random, int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
