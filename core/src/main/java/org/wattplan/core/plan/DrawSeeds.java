package org.wattplan.core.plan;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The random generator of one draw, from the sweep's seed and the draw's index only: the two are mixed with
 * SplitMix64's finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014)
 * into the seed of a {@link SplittableRandom}. A draw's numbers therefore never depend on which thread runs it
 * or on how many draws there are.
 */
public final class DrawSeeds {
    private DrawSeeds() {}

    public static RandomGenerator random(long seed, int draw) {
        return new SplittableRandom(mix(seed, draw));
    }

    static long mix(long seed, int draw) {
        long z = seed * 0x9E3779B97F4A7C15L + (draw + 1L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
