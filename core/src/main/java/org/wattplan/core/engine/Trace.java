package org.wattplan.core.engine;

import java.util.Arrays;

/**
 * A dated series replayed as it was measured (a cluster's demand, a host fleet's utilisation, a forecast), in its
 * SI unit: {@code values[i]} holds from {@code startEpochS + i * stepS} until the next row starts, so the series is
 * piecewise constant over {@code [startEpochS, endEpochS())} with any constant step (5 min, 15 min, 1 h, 2 h...).
 *
 * <p>Model note: a run step {@code [a, b)} takes the mean of the series over the step, each row weighted by the
 * time it overlaps the step: {@code mean = sum_i v_i * |[t_i, t_i + step) ∩ [a, b)| / (b - a)}. It integrates the
 * series rather than sampling it, so the integral (the energy of a power trace, the accelerator-hours of a demand
 * trace, the dynamic energy of a utilisation trace under the linear power model) is the same on every grid that
 * the series covers: a 5-minute series on an hourly grid, a 2-hour series on an hourly grid (each hour takes the
 * value of the row it lies in), or a series starting at 00:30 on hours starting at 00:00. Valid for steps the
 * series covers entirely; {@link #covers} says whether it does.
 */
public record Trace(long startEpochS, long stepS, double[] values) {
    public Trace {
        values = values.clone();
        if (stepS <= 0) {
            throw new IllegalArgumentException("a trace's step must be positive, got " + stepS + " s");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("a trace needs at least one value");
        }
        for (double value : values) {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("trace values must be finite numbers >= 0");
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Where the last row ends (exclusive). */
    public long endEpochS() {
        return startEpochS + values.length * stepS;
    }

    /** Whether the series covers {@code [fromEpochS, toEpochS)}. */
    public boolean covers(long fromEpochS, long toEpochS) {
        return fromEpochS >= startEpochS && toEpochS <= endEpochS();
    }

    /** The value at an instant inside the series (the row it falls in). */
    public double at(double epochS) {
        long index = (long) Math.floor((epochS - startEpochS) / stepS);
        return values[(int) Math.max(0, Math.min(values.length - 1, index))];
    }

    /** The time-weighted mean of the series over {@code [fromEpochS, toEpochS)}, which it must cover. */
    public double mean(long fromEpochS, long toEpochS) {
        if (toEpochS <= fromEpochS || !covers(fromEpochS, toEpochS)) {
            throw new IllegalArgumentException("the trace does not cover [" + fromEpochS + ", " + toEpochS + ")");
        }
        int first = (int) ((fromEpochS - startEpochS) / stepS);
        int last = (int) ((toEpochS - 1 - startEpochS) / stepS);
        double sum = 0; // value x seconds
        for (int i = first; i <= last; i++) {
            long rowStartS = startEpochS + i * stepS;
            long overlapS = Math.min(toEpochS, rowStartS + stepS) - Math.max(fromEpochS, rowStartS);
            sum += values[i] * overlapS;
        }
        return sum / (toEpochS - fromEpochS);
    }

    /** The mean over each step of the grid (see the model note); the series must cover the grid. */
    public double[] onGrid(TimeGrid grid) {
        double[] means = new double[grid.steps()];
        for (int t = 0; t < means.length; t++) {
            long fromS = grid.startEpochS(t);
            means[t] = mean(fromS, fromS + (long) grid.stepS(t));
        }
        return means;
    }

    /** The time-weighted mean of the whole series. */
    public double mean() {
        return Arrays.stream(values).sum() / values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trace t
                && t.startEpochS == startEpochS
                && t.stepS == stepS
                && Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(startEpochS) * 31 + Long.hashCode(stepS) * 17 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Trace[" + values.length + " rows of " + stepS + " s from " + startEpochS + "]";
    }
}
