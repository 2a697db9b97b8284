package org.wattplan.core.units;

import java.util.random.RandomGenerator;
import org.wattplan.core.stats.Triangular;

/**
 * A value known to lie between {@code low} and {@code high}, most likely {@code mode}: a triangular
 * distribution. A fixed value has low = mode = high. Values are in the internal unit of their dimension.
 */
public record Uncertain(double low, double mode, double high) {
    public Uncertain {
        if (!(Double.isFinite(low) && Double.isFinite(mode) && Double.isFinite(high))) {
            throw new IllegalArgumentException("range bounds must be finite");
        }
        if (!(low <= mode && mode <= high)) {
            throw new IllegalArgumentException("range must satisfy low <= mode <= high");
        }
    }

    public static Uncertain fixed(double value) {
        return new Uncertain(value, value, value);
    }

    public boolean isFixed() {
        return low == high;
    }

    /** One draw by inverse-transform sampling of the triangular distribution. */
    public double sample(RandomGenerator random) {
        if (isFixed()) {
            return mode;
        }
        return quantile(random.nextDouble());
    }

    /** The quantile {@code q} of the triangular distribution ({@link Triangular#quantile}). */
    public double quantile(double q) {
        return Triangular.quantile(low, mode, high, q);
    }

    public Uncertain times(double factor) {
        return factor >= 0
                ? new Uncertain(low * factor, mode * factor, high * factor)
                : new Uncertain(high * factor, mode * factor, low * factor);
    }
}
