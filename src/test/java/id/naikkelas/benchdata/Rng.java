package id.naikkelas.benchdata;

import java.util.SplittableRandom;

/**
 * Deterministic randomness per entity: row i of a table draws from its own stream, a pure function
 * of (seed, stream, i). Any pass can therefore recompute a row's facts without storing them, passes
 * can run in any order, and the same seed gives the same rows.
 */
final class Rng {

    enum Stream {
        REGION, BUSINESS, OWNER, PRODUCT, CASE, PERMIT, ENROLLMENT, VISIT, INSPECTION, EVENT, REGISTRATION, PROGRAM, PEOPLE
    }

    private Rng() {
    }

    static SplittableRandom of(long seed, Stream stream, long index) {
        return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + stream.ordinal()) + index));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    /** Index drawn with the given relative weights. */
    static int weighted(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** A multiplier around 1 with a long right tail: how unevenly places and events are sized. */
    static double lognormal(SplittableRandom r, double sigma) {
        return Math.exp(sigma * r.nextGaussian());
    }
}
