package org.wattplan.core.dynamics;

/**
 * A first-order lag, {@code tau dy/dt = x - y}, discretised exactly for a piecewise-constant input:
 * {@code y += (1 - exp(-dt / tau)) (x - y)}. Its DC gain is 1, so it keeps the mean of a long trace (energy is
 * conserved up to the state left at the end). Started in steady state ({@code y0 = x0}); {@code tau = 0} passes
 * the input through. Used for server power supplies and cooling following the accelerators (docs/grid.md).
 */
final class FirstOrderLag {
    private FirstOrderLag() {}

    static void apply(double[] values, double stepS, double tauS) {
        if (tauS <= 0 || values.length == 0) {
            return;
        }
        double alpha = -Math.expm1(-stepS / tauS);
        double y = values[0];
        for (int t = 0; t < values.length; t++) {
            y += alpha * (values[t] - y);
            values[t] = y;
        }
    }
}
