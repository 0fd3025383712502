package org.mlready.assessment.item.data;

import java.util.Random;

/**
 * The random source of one item. Consecutive seeds given straight to {@link Random} produce nearly identical first
 * draws (the top bits of its first output change only every few thousand seeds), so the seed is first spread with
 * the SplitMix64 finaliser. Both steps are fully specified, so instances stay identical across JVMs.
 */
final class SeededRandom {

    private SeededRandom() {
    }

    static Random forSeed(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
