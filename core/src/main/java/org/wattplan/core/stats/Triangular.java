package org.wattplan.core.stats;

/**
 * The triangular distribution on [low, high] with mode {@code mode}: its inverse distribution function, used both
 * to draw (inverse-transform sampling, {@code q} uniform in [0, 1)) and to read a quantile. For
 * {@code F(mode) = (mode - low) / (high - low)}: {@code Q(q) = low + sqrt(q (high - low) (mode - low))} below it,
 * {@code high - sqrt((1 - q) (high - low) (high - mode))} above (Evans, Hastings and Peacock, Statistical
 * Distributions, 3rd ed., Wiley 2000, ch. 40). A degenerate range (low = high) returns the mode.
 */
public final class Triangular {
    private Triangular() {}

    public static double quantile(double low, double mode, double high, double q) {
        if (low == high) {
            return mode;
        }
        double span = high - low;
        double split = (mode - low) / span;
        if (q < split) {
            return low + Math.sqrt(q * span * (mode - low));
        }
        return high - Math.sqrt((1 - q) * span * (high - mode));
    }
}
