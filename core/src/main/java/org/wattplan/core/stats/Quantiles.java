package org.wattplan.core.stats;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, the default of R
 * and NumPy): for sorted x of size n, h = (n - 1) q, Q(q) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 */
public final class Quantiles {
    private Quantiles() {}

    public static double of(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted(sorted, q);
    }

    /** The quantile of values already sorted ascending. */
    public static double sorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile lies in [0, 1], got " + q);
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
