package org.mlready.assessment.item;

import java.util.Random;

/**
 * The random source of an item generator. {@code new Random(seed)} gives strongly correlated first draws for
 * neighbouring seeds (seeds 0..199 can all pick the same few questions), so the seed is first scrambled with the
 * SplitMix64 finaliser. Deterministic: the same seed always gives the same sequence.
 */
public final class SeededRandom {

    private SeededRandom() {
    }

    public static Random of(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
